export const id = 352;
export const ids = [352];
export const modules = {

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ failOnOption)
/* harmony export */ });
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);

/** `--fail-on error|warning|notice`: the severity that makes a command exit 1 (default error). */
function failOnOption(ctx) {
    const value = ctx.options["fail-on"] ?? "error";
    const severity = (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSeverity */ .lv)(value);
    if (!severity)
        throw new _core_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--fail-on must be error, warning or notice, got "${value}"`);
    return severity;
}


/***/ }),

/***/ 5247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pr: () => (/* reexport */ placementText),
  ov: () => (/* reexport */ runPolicyCheck)
});

// UNUSED EXPORTS: CI_USER, CelCompileError, CelEvalError, KindCatalog, applyWaivers, compileCel, conftestArgs, enforcementDrift, enforcementFor, fromCelValue, isExpired, kyvernoArgs, loadPolicies, loadWaivers, mapConftestOutput, mapKyvernoResults, parseReports, parseSelector, placements, policySummaryMarkdown, relativeToWorkspace, runConftest, runKyverno, selectorMatches, synthesizeRequest, toCelValue

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/config.ts
var src_config = __webpack_require__(5095);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/env.js + 11 modules
var env = __webpack_require__(611);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/parse.js + 3 modules
var parse = __webpack_require__(3340);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/plan.js + 9 modules
var plan = __webpack_require__(8217);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/error.js
var error = __webpack_require__(2108);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/ext/strings.js
var strings = __webpack_require__(5480);
// EXTERNAL MODULE: ./node_modules/@bufbuild/re2/dist/esm/index.js + 19 modules
var esm = __webpack_require__(2821);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/type.js
var esm_type = __webpack_require__(4540);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/map.js
var esm_map = __webpack_require__(724);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/list.js
var esm_list = __webpack_require__(9356);
// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/func.js
var func = __webpack_require__(8558);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/create.js
var create = __webpack_require__(6149);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/registry.js + 2 modules
var registry = __webpack_require__(370);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/wkt/google/protobuf/descriptor_pb.js + 1 modules
var descriptor_pb = __webpack_require__(6177);
// EXTERNAL MODULE: ./node_modules/@bufbuild/protobuf/dist/esm/reflect/reflect.js
var reflect = __webpack_require__(1106);
;// CONCATENATED MODULE: ./packages/policy/src/cel/opaque.ts




const PAYLOAD = Symbol("gitops.cel.payload");
/** Creates an opaque CEL type named `pkg.Name`; `key` gives the canonical form used for `==`. */
function opaqueType(fullName, key) {
    const desc = messageDesc(fullName);
    const type = (0,esm_type/* objectType */.ge)(desc);
    return {
        type,
        name: fullName,
        wrap(value) {
            const message = (0,reflect/* reflect */.E4)(desc, (0,create/* create */.v)(desc, { key: key(value) }));
            Object.defineProperty(message, PAYLOAD, { value, enumerable: false });
            return message;
        },
        unwrap(v) {
            if (typeof v !== "object" || v === null || !(PAYLOAD in v))
                return undefined;
            const message = v;
            return message.desc.typeName === fullName ? message[PAYLOAD] : undefined;
        },
    };
}
function messageDesc(fullName) {
    const dot = fullName.lastIndexOf(".");
    const pkg = fullName.slice(0, dot);
    const name = fullName.slice(dot + 1);
    const file = (0,create/* create */.v)(descriptor_pb/* FileDescriptorProtoSchema */.tr, {
        name: `${fullName.replace(/\./g, "/")}.proto`,
        package: pkg,
        syntax: "proto3",
        messageType: [
            {
                name,
                field: [
                    {
                        name: "key",
                        number: 1,
                        type: descriptor_pb/* FieldDescriptorProto_Type */.P3.STRING,
                        label: descriptor_pb/* FieldDescriptorProto_Label */.TX.OPTIONAL,
                        jsonName: "key",
                    },
                ],
            },
        ],
    });
    const desc = (0,registry/* createFileRegistry */.uO)(file, () => undefined).getMessage(fullName);
    if (!desc)
        throw new Error(`cannot build the CEL type ${fullName}`);
    return desc;
}
/** The JavaScript value inside any opaque CEL value, with its type name; undefined for other values. */
function opaque_opaquePayload(v) {
    if (typeof v !== "object" || v === null || !(PAYLOAD in v))
        return undefined;
    const message = v;
    return { typeName: message.desc.typeName, value: message[PAYLOAD] };
}

// EXTERNAL MODULE: ./node_modules/@bufbuild/cel/dist/esm/uint.js
var uint = __webpack_require__(6060);
;// CONCATENATED MODULE: ./packages/policy/src/cel/values.ts


/**
 * Converts a parsed manifest (plain JSON-like data) into CEL values once, so that
 * every expression evaluated against it shares the converted tree.
 *
 * Integral numbers become CEL `int` (bigint) the way Kubernetes decodes JSON into
 * int64, so `object.spec.replicas + 1` works; other numbers stay `double`.
 */
function toCelValue(value) {
    if (value === null || value === undefined)
        return null;
    switch (typeof value) {
        case "string":
        case "boolean":
        case "bigint":
            return value;
        case "number":
            return Number.isInteger(value) ? BigInt(value) : value;
        case "object":
            break;
        default:
            return null;
    }
    if (Array.isArray(value))
        return (0,esm_list/* celList */.bC)(value.map(toCelValue));
    if (value instanceof Date)
        return value.toISOString();
    const map = new Map();
    for (const [k, v] of Object.entries(value))
        map.set(k, toCelValue(v));
    return (0,esm_map/* celMap */.$I)(map);
}
/** A CEL value as plain JavaScript, for messages and notes (ints become numbers when safe). */
function fromCelValue(value) {
    if (value === undefined || value === null)
        return null;
    if (typeof value === "bigint") {
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (typeof value !== "object")
        return value;
    if (isCelUint(value))
        return fromCelValue(value.value);
    if (isCelList(value))
        return [...value].map(fromCelValue);
    if (isCelMap(value)) {
        const out = {};
        for (const [k, v] of value) {
            Object.defineProperty(out, String(isCelUint(k) ? k.value : k), {
                value: fromCelValue(v),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return out;
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString("base64");
    const opaque = opaquePayload(value);
    if (opaque?.typeName === "gitops.optional_type") {
        const o = opaque.value;
        return o.has ? fromCelValue(o.value) : null;
    }
    const key = value.message?.key;
    return typeof key === "string" ? key : celTypeName(value);
}
/** A short, stable, type-aware rendering of a CEL value: the identity of an optional's content. */
function celKey(value) {
    if (value === undefined)
        return "undefined";
    if (value === null)
        return "null";
    switch (typeof value) {
        case "bigint":
            return `i${value}`;
        case "number":
            return `d${value}`;
        case "string":
            return `s${JSON.stringify(value)}`;
        case "boolean":
            return `b${value}`;
        default:
            break;
    }
    if ((0,uint/* isCelUint */.p)(value))
        return `u${value.value}`;
    if ((0,esm_list/* isCelList */.B9)(value))
        return `[${[...value].map(celKey).join(",")}]`;
    if ((0,esm_map/* isCelMap */.hV)(value)) {
        const entries = [...value].map(([k, v]) => `${celKey(k)}:${celKey(v)}`).sort();
        return `{${entries.join(",")}}`;
    }
    if (value instanceof Uint8Array)
        return `y${Buffer.from(value).toString("hex")}`;
    return `o${String(value.desc?.typeName)}:${JSON.stringify(value.message ?? null, bigintSafe)}`;
}
function bigintSafe(_key, v) {
    return typeof v === "bigint" ? v.toString() : v;
}
/** The name of a value's CEL type, for error messages. */
function celTypeName(value) {
    if (value === undefined)
        return "undefined";
    if (value === null)
        return "null";
    switch (typeof value) {
        case "bigint":
            return "int";
        case "number":
            return "double";
        case "string":
            return "string";
        case "boolean":
            return "bool";
        default:
            break;
    }
    if ((0,uint/* isCelUint */.p)(value))
        return "uint";
    if ((0,esm_list/* isCelList */.B9)(value))
        return "list";
    if ((0,esm_map/* isCelMap */.hV)(value))
        return "map";
    if (value instanceof Uint8Array)
        return "bytes";
    return value.desc?.typeName ?? "object";
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/optional.ts



let serial = 0;
/**
 * Optionals holding a scalar compare by value; ones holding a list, map or message compare by
 * identity, so wrapping a whole manifest (`object.?spec`) never walks it to build a key.
 */
const OptionalType = opaqueType("gitops.optional_type", (o) => {
    if (!o.has)
        return "none";
    const v = o.value ?? null;
    return typeof v === "object" && v !== null ? `some:#${++serial}` : `some:${celKey(v)}`;
});
const OPT = OptionalType.type;
const { DYN, BOOL, STRING } = esm_type/* CelScalar */.ZR;
/** Internal functions the syntax rewrite turns `a.?b`, `a[?k]`, `[?x]` and `{?k: v}` into. */
const OPT_SELECT = "@optselect";
const OPT_INDEX = "@optindex";
const OPT_LIST = "@optlist";
const OPT_MAP = "@optmap";
const OPT_HAS = "@opthas";
/** `or`/`orValue` on a receiver that may not be optional (see `ast.ts`). */
const OPT_PICK = "@optpick";
const OPT_GET = "@optget";
function some(value) {
    return OptionalType.wrap({ has: true, value });
}
function none() {
    return OptionalType.wrap({ has: false });
}
/** Looks `key` up in a map or list (unwrapping an optional receiver): some(value) or none. */
function lookup(target, key) {
    const opt = OptionalType.unwrap(target);
    if (opt) {
        if (!opt.has)
            return none();
        target = opt.value ?? null;
    }
    if ((0,esm_map/* isCelMap */.hV)(target)) {
        const v = target.get(key);
        return v === undefined ? none() : some(v);
    }
    if ((0,esm_list/* isCelList */.B9)(target)) {
        if (typeof key !== "bigint" && typeof key !== "number")
            throw new Error("list index must be an int");
        const i = Number(key);
        if (!Number.isInteger(i) || i < 0 || i >= target.size)
            return none();
        return some(target.get(i) ?? null);
    }
    throw new Error(`optional selection is not supported on ${celTypeName(target)}`);
}
function zero(v) {
    if (v === null || v === false || v === "" || v === 0 || v === 0n)
        return true;
    if ((0,esm_list/* isCelList */.B9)(v) || (0,esm_map/* isCelMap */.hV)(v))
        return v.size === 0;
    if (v instanceof Uint8Array)
        return v.length === 0;
    return false;
}
function optional_self(v) {
    const o = OptionalType.unwrap(v);
    if (!o)
        throw new Error("not an optional");
    return o;
}
/** `optional.of/none/ofNonZeroValue`, `hasValue()`, `value()`, `orValue()`, `or()`, and the syntax helpers. */
const optionalFuncs = [
    (0,func/* celFunc */.V)("optional.of", [DYN], OPT, (v) => some(v)),
    (0,func/* celFunc */.V)("optional.none", [], OPT, () => none()),
    (0,func/* celFunc */.V)("optional.ofNonZeroValue", [DYN], OPT, (v) => (zero(v) ? none() : some(v))),
    (0,func/* celMethod */.y)("hasValue", OPT, [], BOOL, function () {
        return optional_self(this).has;
    }),
    (0,func/* celMethod */.y)("value", OPT, [], DYN, function () {
        const o = optional_self(this);
        if (!o.has)
            throw new Error("optional.none() dereference");
        return o.value ?? null;
    }),
    (0,func/* celMethod */.y)("orValue", OPT, [DYN], DYN, function (fallback) {
        const o = optional_self(this);
        return o.has ? (o.value ?? null) : fallback;
    }),
    (0,func/* celMethod */.y)("or", OPT, [OPT], OPT, function (other) {
        return OptionalType.wrap(optional_self(this).has ? optional_self(this) : optional_self(other));
    }),
    (0,func/* celFunc */.V)(OPT_SELECT, [DYN, STRING], OPT, (target, field) => lookup(target, field)),
    (0,func/* celFunc */.V)(OPT_INDEX, [DYN, DYN], OPT, (target, key) => lookup(target, key)),
    (0,func/* celFunc */.V)(OPT_HAS, [DYN, STRING], BOOL, (target, field) => optional_self(lookup(target, field)).has),
    // True when the receiver is kept: any non-optional value, or an optional holding a value.
    (0,func/* celFunc */.V)(OPT_PICK, [DYN], BOOL, (v) => OptionalType.unwrap(v)?.has ?? true),
    (0,func/* celFunc */.V)(OPT_GET, [DYN], DYN, (v) => {
        const o = OptionalType.unwrap(v);
        return o ? (o.value ?? null) : v;
    }),
    (0,func/* celFunc */.V)(OPT_LIST, [DYN], DYN, (list) => {
        if (!(0,esm_list/* isCelList */.B9)(list))
            throw new Error("invalid optional list");
        const out = [];
        for (const item of list) {
            const o = optional_self(item);
            if (o.has)
                out.push(o.value ?? null);
        }
        return out;
    }),
    (0,func/* celFunc */.V)(OPT_MAP, [DYN], DYN, (pairs) => {
        if (!(0,esm_list/* isCelList */.B9)(pairs))
            throw new Error("invalid optional map");
        const out = new Map();
        for (const pair of pairs) {
            if (!(0,esm_list/* isCelList */.B9)(pair))
                throw new Error("invalid optional map");
            const key = pair.get(0);
            const o = optional_self(pair.get(1) ?? null);
            if (typeof key !== "string" && typeof key !== "bigint" && typeof key !== "boolean")
                throw new Error("unsupported map key type");
            if (o.has)
                out.set(key, o.value ?? null);
        }
        return out;
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/nodes.ts
/**
 * Builders for CEL expression nodes (protobuf-es messages: plain objects tagged with
 * `$typeName`), used by the rewrites in `ast.ts`. New nodes take ids from `ids`.
 */
function newExpr(exprKind, ids) {
    ids.next += 1n;
    return { $typeName: "cel.expr.Expr", id: ids.next, exprKind };
}
/** A call of a global function. */
function callKind(fn, args) {
    return {
        case: "callExpr",
        value: { $typeName: "cel.expr.Expr.Call", function: fn, args },
    };
}
/** A call of a method on `target`. */
function methodKind(fn, target, args) {
    return { case: "callExpr", value: { $typeName: "cel.expr.Expr.Call", function: fn, target, args } };
}
/** A call of a global function, as a node. */
function callExpr(fn, args, ids) {
    return newExpr(callKind(fn, args), ids);
}
/** A list literal. */
function listExpr(elements, ids) {
    return newExpr({
        case: "listExpr",
        value: { $typeName: "cel.expr.Expr.CreateList", elements, optionalIndices: [] },
    }, ids);
}
/** An identifier. */
function identExpr(name, ids) {
    return newExpr({ case: "identExpr", value: { $typeName: "cel.expr.Expr.Ident", name } }, ids);
}
/** A string literal. */
function stringConst(value, ids) {
    return newExpr({
        case: "constExpr",
        // The Constant union has deprecated members (duration, timestamp); ours is not one of them.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        value: { $typeName: "cel.expr.Constant", constantKind: { case: "stringValue", value } },
    }, ids);
}
/** A bool literal. */
function boolConst(value, ids) {
    return newExpr({
        case: "constExpr",
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        value: { $typeName: "cel.expr.Constant", constantKind: { case: "boolValue", value } },
    }, ids);
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/syntax.ts
/**
 * CEL's optional syntax (`a.?b`, `a[?k]`, `[?x]`, `{?k: v}`) is not understood by the
 * @bufbuild/cel parser. Before parsing we rewrite each use into a placeholder the parser
 * accepts; `ast.ts` then turns the placeholders into calls of our optional functions.
 * The rewrite works on tokens, so text inside string literals is never touched.
 */
/** Placeholder prefixes and wrapper names, recognised again in the parsed AST. */
const PLACEHOLDER = {
    select: "__optsel__",
    index: "__optidx__",
    element: "__optelem__",
    key: "__optkey__",
};
const MULTI_PUNCT = ["==", "!=", "<=", ">=", "&&", "||"];
const KEYWORD_OPERATORS = new Set(["in"]);
/** Splits CEL source into tokens, keeping whitespace and comments so the text survives intact. */
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const rest = source.slice(i);
        const space = /^(\s+|\/\/[^\n]*)/.exec(rest);
        if (space) {
            tokens.push({ text: space[0], kind: "space" });
            i += space[0].length;
            continue;
        }
        const str = /^[rRbB]{0,2}('''|"""|'|")/.exec(rest);
        if (str?.[1]) {
            const end = stringEnd(source, i + str[0].length, str[1], /[rR]/.test(str[0].slice(0, -str[1].length)));
            tokens.push({ text: source.slice(i, end), kind: "string" });
            i = end;
            continue;
        }
        const num = /^(0x[0-9a-fA-F]+u?|\d+\.\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|\d+[eE][+-]?\d+|\d+u?)/.exec(rest);
        if (num) {
            tokens.push({ text: num[0], kind: "number" });
            i += num[0].length;
            continue;
        }
        const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
        if (ident) {
            tokens.push({ text: ident[0], kind: "ident" });
            i += ident[0].length;
            continue;
        }
        const multi = MULTI_PUNCT.find((p) => rest.startsWith(p));
        const text = multi ?? rest.charAt(0);
        tokens.push({ text, kind: "punct" });
        i += text.length;
    }
    return tokens;
}
function stringEnd(source, from, quote, raw) {
    let i = from;
    while (i < source.length) {
        if (!raw && source[i] === "\\") {
            i += 2;
            continue;
        }
        if (source.startsWith(quote, i))
            return i + quote.length;
        // A single-quoted string ends at a newline; let the parser report it.
        if (quote.length === 1 && source[i] === "\n")
            return i;
        i += 1;
    }
    return source.length;
}
/** True when `source` uses CEL's optional syntax and needs {@link rewriteOptionalSyntax}. */
function usesOptionalSyntax(source) {
    return /[.[{,]\s*\?/.test(source) && tokenize(source).some((t, i, all) => isOptionalMarker(all, i));
}
/** Rewrites optional syntax into placeholders; other source is returned unchanged. */
function rewriteOptionalSyntax(source) {
    const tokens = tokenize(source);
    const out = [];
    const stack = [];
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        const top = stack[stack.length - 1];
        if (tok.kind === "punct") {
            if (tok.text === "," && top) {
                out.push(top.pendingElement);
                top.pendingElement = "";
            }
            if (tok.text === ":" && top?.kind === "map" && top.pendingKey) {
                out.push(top.pendingKey);
                top.pendingKey = "";
            }
            if ((tok.text === ")" || tok.text === "]" || tok.text === "}") && top) {
                out.push(top.pendingElement, top.closeWith);
                stack.pop();
            }
        }
        if (tok.kind === "punct" && tok.text === "?" && isOptionalMarker(tokens, i)) {
            const before = previousSignificant(tokens, i);
            const marker = before === undefined ? "" : tokens[before].text;
            if (marker === ".") {
                // `.?field`: glue the placeholder to the field name that follows.
                const next = nextSignificant(tokens, i);
                if (next !== undefined) {
                    out.push(PLACEHOLDER.select);
                    i = next - 1;
                }
                continue;
            }
            if (top?.kind === "index" && marker === "[") {
                out.push(`${PLACEHOLDER.index}(`);
                top.closeWith = ")";
                continue;
            }
            if (top?.kind === "list") {
                out.push(`${PLACEHOLDER.element}(`);
                top.pendingElement = ")";
                continue;
            }
            if (top?.kind === "map") {
                out.push(`${PLACEHOLDER.key}(`);
                top.pendingKey = ")";
                continue;
            }
        }
        out.push(tok.text);
        if (tok.kind === "punct" && (tok.text === "(" || tok.text === "[" || tok.text === "{")) {
            stack.push({
                open: tok.text,
                kind: frameKind(tokens, i),
                closeWith: "",
                pendingElement: "",
                pendingKey: "",
            });
        }
    }
    return out.join("");
}
function frameKind(tokens, i) {
    const tok = tokens[i];
    if (tok.text === "(")
        return "paren";
    if (tok.text === "{")
        return "map";
    const before = previousSignificant(tokens, i);
    return before !== undefined && endsExpression(tokens[before]) ? "index" : "list";
}
/** A `?` right after `.`, `[`, `{` or `,` marks optional syntax; elsewhere it is the conditional. */
function isOptionalMarker(tokens, i) {
    const tok = tokens[i];
    if (tok.kind !== "punct" || tok.text !== "?")
        return false;
    const before = previousSignificant(tokens, i);
    if (before === undefined)
        return false;
    const prev = tokens[before];
    return prev.kind === "punct" && [".", "[", "{", ","].includes(prev.text);
}
function endsExpression(tok) {
    if (tok.kind === "ident")
        return !KEYWORD_OPERATORS.has(tok.text);
    if (tok.kind === "string" || tok.kind === "number")
        return true;
    return tok.text === ")" || tok.text === "]" || tok.text === "}";
}
function previousSignificant(tokens, i) {
    for (let j = i - 1; j >= 0; j--)
        if (tokens[j].kind !== "space")
            return j;
    return undefined;
}
function nextSignificant(tokens, i) {
    for (let j = i + 1; j < tokens.length; j++)
        if (tokens[j].kind !== "space")
            return j;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/ast.ts



/**
 * Rewrites a parsed expression in place:
 * - the optional-syntax placeholders of `syntax.ts` become calls of our optional functions,
 *   and a plain `.field` or `[i]` applied to an optional result stays optional, as in cel-go;
 * - `cel.bind(x, init, body)` becomes the comprehension cel-go's bind macro expands to;
 * - `x.orValue(d)` and `x.or(o)` become a form that, as cel-go's interpreter does, returns a
 *   non-optional `x` itself and evaluates `d`/`o` only when `x` is an empty optional.
 *
 * Expressions are protobuf-es messages: plain objects tagged with `$typeName`.
 */
function transformExpr(expr, ids) {
    const kind = expr.exprKind;
    switch (kind.case) {
        case "selectExpr": {
            const sel = kind.value;
            if (sel.operand)
                transformExpr(sel.operand, ids);
            if (!sel.operand)
                return;
            if (sel.testOnly) {
                // has(a.?b.c): false when the optional is empty, else whether the field is there.
                if (isOptionalCall(sel.operand))
                    expr.exprKind = callKind(OPT_HAS, [sel.operand, stringConst(sel.field, ids)]);
                return;
            }
            const optional = sel.field.startsWith(PLACEHOLDER.select);
            if (optional || isOptionalCall(sel.operand)) {
                const field = optional ? sel.field.slice(PLACEHOLDER.select.length) : sel.field;
                expr.exprKind = callKind(OPT_SELECT, [sel.operand, stringConst(field, ids)]);
            }
            return;
        }
        case "callExpr": {
            const call = kind.value;
            if (call.target)
                transformExpr(call.target, ids);
            for (const arg of call.args)
                transformExpr(arg, ids);
            if (call.function === "_[_]" && call.args.length === 2) {
                const [target, index] = call.args;
                const wrapped = unwrapPlaceholder(index, PLACEHOLDER.index);
                if (wrapped || isOptionalCall(target)) {
                    expr.exprKind = callKind(OPT_INDEX, [target, wrapped ?? index]);
                }
                return;
            }
            if (isBind(expr))
                expr.exprKind = bindKind(call.args, ids);
            else if (isOr(expr)) {
                const target = call.target;
                if (call.function === "or" && isOptionalCall(target))
                    OPTIONAL_ORS.add(expr);
                expr.exprKind = orKind(call.function, target, call.args[0], ids);
            }
            else if (isOptMacro(expr))
                expr.exprKind = optMacroKind(call.function, call.target, call.args, ids);
            return;
        }
        case "listExpr": {
            const list = kind.value;
            for (const e of list.elements)
                transformExpr(e, ids);
            if (!list.elements.some((e) => unwrapPlaceholder(e, PLACEHOLDER.element)))
                return;
            const elements = list.elements.map((e) => unwrapPlaceholder(e, PLACEHOLDER.element) ?? callExpr("optional.of", [e], ids));
            expr.exprKind = callKind(OPT_LIST, [listExpr(elements, ids)]);
            return;
        }
        case "structExpr": {
            const struct = kind.value;
            for (const entry of struct.entries) {
                if (entry.keyKind.case === "mapKey")
                    transformExpr(entry.keyKind.value, ids);
                if (entry.value)
                    transformExpr(entry.value, ids);
            }
            // Optional entries exist only in map literals; a message literal is left as it is.
            const keys = [];
            for (const entry of struct.entries) {
                if (entry.keyKind.case !== "mapKey")
                    return;
                keys.push(entry.keyKind.value);
            }
            const optional = keys.map((k) => unwrapPlaceholder(k, PLACEHOLDER.key));
            if (!optional.some(Boolean))
                return;
            const pairs = struct.entries.map((entry, i) => {
                const key = optional[i];
                const value = entry.value;
                return listExpr([key ?? keys[i], key ? value : callExpr("optional.of", [value], ids)], ids);
            });
            expr.exprKind = callKind(OPT_MAP, [listExpr(pairs, ids)]);
            return;
        }
        case "comprehensionExpr": {
            const c = kind.value;
            for (const e of [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result]) {
                if (e)
                    transformExpr(e, ids);
            }
            return;
        }
        default:
            return;
    }
}
/**
 * True when an expression is known to yield an optional: an optional select or index, an
 * `optional.of/none/ofNonZeroValue(...)` call, or `.or(...)` on one of those. Selecting or
 * indexing into such an expression stays optional.
 */
function isOptionalCall(e) {
    if (OPTIONAL_ORS.has(e))
        return true;
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    if (call.function === OPT_SELECT || call.function === OPT_INDEX)
        return true;
    const target = call.target?.exprKind;
    if (target?.case === "identExpr" && target.value.name === "optional") {
        return ["of", "none", "ofNonZeroValue"].includes(call.function);
    }
    return call.function === "or" && call.target !== undefined && isOptionalCall(call.target);
}
function unwrapPlaceholder(e, name) {
    if (e.exprKind.case !== "callExpr")
        return undefined;
    const call = e.exprKind.value;
    return call.function === name && !call.target && call.args.length === 1 ? call.args[0] : undefined;
}
function isBind(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    const target = call.target?.exprKind;
    return (call.function === "bind" &&
        target?.case === "identExpr" &&
        target.value.name === "cel" &&
        call.args.length === 3 &&
        call.args[0]?.exprKind.case === "identExpr");
}
function isOr(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    return ((call.function === "orValue" || call.function === "or") &&
        call.target !== undefined &&
        call.args.length === 1);
}
/** Rewritten `opt.or(...)` nodes whose receiver is known optional: their result is optional too. */
const OPTIONAL_ORS = new WeakSet();
/** The name `or`/`orValue` binds its receiver to: not a valid CEL identifier, so never the user's. */
const OR_RECEIVER = "@or";
/**
 * cel-go's `orValue` and `or` (evalOptionalOrValue, evalOptionalOr) evaluate the receiver first:
 * a value that is not an optional is returned as it is (an error stays an error), an optional
 * with a value gives the value (`or`: the optional), and only an empty optional evaluates the
 * argument. As CEL: `cel.bind(@or, x, @optpick(@or) ? @optget(@or) : d)`.
 */
function orKind(fn, target, fallback, ids) {
    const receiver = () => identExpr(OR_RECEIVER, ids);
    const picked = fn === "orValue" ? callExpr(OPT_GET, [receiver()], ids) : receiver();
    const body = newExpr(callKind("_?_:_", [callExpr(OPT_PICK, [receiver()], ids), picked, fallback]), ids);
    return bindKind([identExpr(OR_RECEIVER, ids), target, body], ids);
}
function isOptMacro(e) {
    if (e.exprKind.case !== "callExpr")
        return false;
    const call = e.exprKind.value;
    return ((call.function === "optMap" || call.function === "optFlatMap") &&
        call.target !== undefined &&
        call.args.length === 2 &&
        call.args[0]?.exprKind.case === "identExpr");
}
/**
 * `opt.optMap(x, body)` is `opt.hasValue() ? optional.of(cel.bind(x, opt.value(), body)) : optional.none()`;
 * `optFlatMap` is the same without `optional.of` (its body returns an optional), as cel-go expands them.
 */
function optMacroKind(fn, target, [name, body], ids) {
    const value = newExpr(methodKind("value", target, []), ids);
    const bound = newExpr(bindKind([name, value, body], ids), ids);
    return callKind("_?_:_", [
        newExpr(methodKind("hasValue", target, []), ids),
        fn === "optMap" ? callExpr("optional.of", [bound], ids) : bound,
        callExpr("optional.none", [], ids),
    ]);
}
/** `cel.bind(x, init, body)`: accumulate `init` into `x` over an empty list, then evaluate `body`. */
function bindKind([name, init, body], ids) {
    const variable = name.exprKind.case === "identExpr" ? name.exprKind.value.name : "";
    return {
        case: "comprehensionExpr",
        value: {
            $typeName: "cel.expr.Expr.Comprehension",
            iterVar: "#unused",
            iterVar2: "",
            iterRange: listExpr([], ids),
            accuVar: variable,
            accuInit: init,
            loopCondition: boolConst(false, ids),
            loopStep: identExpr(variable, ids),
            result: body,
        },
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/references.ts
/**
 * Every function an expression calls and every free identifier. A call on an identifier
 * that is not a variable (`optional.of(x)`, `math.greatest(a, b)`) counts as the qualified
 * function `ns.name`.
 */
function references(expr, variables, out = { functions: new Set(), idents: new Set() }) {
    const kind = expr.exprKind;
    switch (kind.case) {
        case "identExpr":
            out.idents.add(kind.value.name);
            break;
        case "selectExpr":
            if (kind.value.operand)
                references(kind.value.operand, variables, out);
            break;
        case "callExpr": {
            const call = kind.value;
            const target = call.target?.exprKind;
            if (target?.case === "identExpr" && !variables.has(target.value.name)) {
                out.functions.add(`${target.value.name}.${call.function}`);
            }
            else {
                out.functions.add(call.function);
                if (call.target)
                    references(call.target, variables, out);
            }
            for (const a of call.args)
                references(a, variables, out);
            break;
        }
        case "listExpr":
            for (const e of kind.value.elements)
                references(e, variables, out);
            break;
        case "structExpr":
            for (const entry of kind.value.entries) {
                if (entry.keyKind.case === "mapKey")
                    references(entry.keyKind.value, variables, out);
                if (entry.value)
                    references(entry.value, variables, out);
            }
            break;
        case "comprehensionExpr": {
            const c = kind.value;
            const bound = new Set([c.iterVar, c.iterVar2, c.accuVar]);
            const inner = { functions: out.functions, idents: new Set() };
            const innerVars = new Set([...variables, ...bound]);
            for (const e of [c.iterRange, c.accuInit])
                if (e)
                    references(e, variables, out);
            for (const e of [c.loopCondition, c.loopStep, c.result])
                if (e)
                    references(e, innerVars, inner);
            for (const id of inner.idents)
                if (!bound.has(id))
                    out.idents.add(id);
            break;
        }
        default:
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/format.ts



const FormatType = opaqueType("kubernetes.NamedFormat", (f) => f.name);
const F = FormatType.type;
const { STRING: format_STRING, DYN: format_DYN } = esm_type/* CelScalar */.ZR;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function rule(test, message, max) {
    return (v) => {
        const errs = [];
        if (max !== undefined && v.length > max)
            errs.push(`must be no more than ${max} characters`);
        if (!test(v))
            errs.push(message);
        return errs;
    };
}
function qualifiedName(v) {
    const parts = v.split("/");
    if (parts.length > 2)
        return ["a qualified name must consist of an optional prefix and a name"];
    const name = parts[parts.length - 1] ?? "";
    const errs = [];
    if (parts.length === 2) {
        const prefix = parts[0] ?? "";
        if (prefix === "")
            errs.push("prefix part must be non-empty");
        else
            errs.push(...rule((p) => DNS1123_SUBDOMAIN.test(p), "prefix part must be a DNS-1123 subdomain", 253)(prefix));
    }
    if (name === "")
        errs.push("name part must be non-empty");
    else if (name.length > 63)
        errs.push("name part must be no more than 63 characters");
    else if (!QUALIFIED_NAME_PART.test(name))
        errs.push("name part must consist of alphanumeric characters, '-', '_' or '.'");
    return errs;
}
const FORMATS = [
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
function format_self(v) {
    const f = FormatType.unwrap(v);
    if (!f)
        throw new Error("not a format");
    return f;
}
/** Kubernetes' format library: `format.<name>()`, `format.named(name)` and `.validate(value)`. */
const formatFuncs = [
    ...FORMATS.map((f) => (0,func/* celFunc */.V)(`format.${f.name}`, [], F, () => FormatType.wrap(f))),
    (0,func/* celFunc */.V)("format.named", [format_STRING], format_DYN, (name) => {
        const f = FORMATS.find((x) => x.name === name);
        return f ? some(FormatType.wrap(f)) : none();
    }),
    (0,func/* celMethod */.y)("validate", F, [format_STRING], format_DYN, function (value) {
        const errs = format_self(this).check(value);
        return errs.length === 0 ? none() : some((0,esm_list/* celList */.bC)(errs));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/ip.ts


const IpType = opaqueType("net.IP", (ip) => formatIp(ip));
const CidrType = opaqueType("net.IPPrefix", (c) => `${formatIp(c.ip)}/${c.prefix}`);
const { STRING: ip_STRING, BOOL: ip_BOOL, INT } = esm_type/* CelScalar */.ZR;
/**
 * Parses an IP address the way Kubernetes' CEL library does (Go's netip.ParseAddr):
 * no zones and no IPv4-mapped IPv6 addresses; undefined when it is not an address.
 */
function parseIp(text) {
    if (text.includes("%"))
        return undefined;
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
        const parts = text.split(".");
        if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith("0"))))
            return undefined;
        return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
    }
    if (!text.includes(":") || !/^[0-9A-Fa-f:.]+$/.test(text))
        return undefined;
    const v6 = parseIpv6(text);
    // IPv4-mapped addresses (::ffff:a.b.c.d) are ambiguous for policy decisions; Kubernetes rejects them.
    if (v6 === undefined || v6 >> 32n === 0xffffn)
        return undefined;
    return { family: 6, value: v6 };
}
function parseIpv6(text) {
    let head = text;
    let tailV4;
    const v4 = /:(\d{1,3}(\.\d{1,3}){3})$/.exec(text);
    if (v4?.[1]) {
        const ip = parseIp(v4[1]);
        if (!ip)
            return undefined;
        tailV4 = ip.value;
        head = text.slice(0, text.length - v4[1].length) + "0:0";
    }
    const halves = head.split("::");
    if (halves.length > 2)
        return undefined;
    const groups = (s) => (s ? s.split(":") : []);
    const left = groups(halves[0]);
    const right = groups(halves[1]);
    const missing = 8 - left.length - right.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1)
        return undefined;
    const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...right];
    if (all.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g)))
        return undefined;
    let value = all.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
    if (tailV4 !== undefined)
        value = (value & ~0xffffffffn) | tailV4;
    return value;
}
/** The canonical text form (RFC 5952 for IPv6). */
function formatIp(ip) {
    if (ip.family === 4) {
        return [24n, 16n, 8n, 0n].map((s) => String((ip.value >> s) & 0xffn)).join(".");
    }
    const groups = Array.from({ length: 8 }, (_, i) => Number((ip.value >> BigInt(112 - 16 * i)) & 0xffffn));
    let best = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen)
            [best, bestLen] = [i, j - i];
        i = j === i ? i + 1 : j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (best < 0)
        return hex.join(":");
    return `${hex.slice(0, best).join(":")}::${hex.slice(best + bestLen).join(":")}`;
}
/** Parses `addr/prefix`; undefined when it is not a CIDR. */
function parseCidr(text) {
    const [addr = "", prefixText, extra] = text.split("/");
    if (extra !== undefined || prefixText === undefined || !/^\d{1,3}$/.test(prefixText))
        return undefined;
    const ip = parseIp(addr);
    const prefix = Number(prefixText);
    if (!ip || prefix > (ip.family === 4 ? 32 : 128))
        return undefined;
    return { ip, prefix };
}
const bits = (ip) => (ip.family === 4 ? 32 : 128);
const mask = (c) => {
    const host = BigInt(bits(c.ip) - c.prefix);
    return ((1n << BigInt(bits(c.ip))) - 1n) ^ ((1n << host) - 1n);
};
function containsIp(c, ip) {
    return c.ip.family === ip.family && (c.ip.value & mask(c)) === (ip.value & mask(c));
}
function ipOf(v) {
    const ip = IpType.unwrap(v);
    if (!ip)
        throw new Error("not an IP address");
    return ip;
}
function cidrOf(v) {
    const c = CidrType.unwrap(v);
    if (!c)
        throw new Error("not a CIDR");
    return c;
}
function need(value, what, text) {
    if (value === undefined)
        throw new Error(`${what} parse error during conversion from string: "${text}"`);
    return value;
}
const isLinkLocalUnicast = (ip) => ip.family === 4 ? ip.value >> 16n === 0xa9fen : ip.value >> 118n === 0x3fan;
const isLinkLocalMulticast = (ip) => ip.family === 4 ? ip.value >> 8n === 0xe00000n : ip.value >> 112n === 0xff02n;
const isLoopback = (ip) => (ip.family === 4 ? ip.value >> 24n === 127n : ip.value === 1n);
const isMulticast = (ip) => (ip.family === 4 ? ip.value >> 28n === 0xen : ip.value >> 120n === 0xffn);
/** Kubernetes' IP and CIDR libraries. */
const ipFuncs = [
    (0,func/* celFunc */.V)("ip", [ip_STRING], IpType.type, (s) => IpType.wrap(need(parseIp(s), "IP Address", s))),
    (0,func/* celFunc */.V)("isIP", [ip_STRING], ip_BOOL, (s) => parseIp(s) !== undefined),
    (0,func/* celFunc */.V)("ip.isCanonical", [ip_STRING], ip_BOOL, (s) => formatIp(need(parseIp(s), "IP Address", s)) === s),
    (0,func/* celFunc */.V)("string", [IpType.type], ip_STRING, (ip) => formatIp(ipOf(ip))),
    (0,func/* celMethod */.y)("family", IpType.type, [], INT, function () {
        return BigInt(ipOf(this).family);
    }),
    (0,func/* celMethod */.y)("isUnspecified", IpType.type, [], ip_BOOL, function () {
        return ipOf(this).value === 0n;
    }),
    (0,func/* celMethod */.y)("isLoopback", IpType.type, [], ip_BOOL, function () {
        return isLoopback(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isLinkLocalMulticast", IpType.type, [], ip_BOOL, function () {
        return isLinkLocalMulticast(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isLinkLocalUnicast", IpType.type, [], ip_BOOL, function () {
        return isLinkLocalUnicast(ipOf(this));
    }),
    (0,func/* celMethod */.y)("isGlobalUnicast", IpType.type, [], ip_BOOL, function () {
        const ip = ipOf(this);
        const broadcast = ip.family === 4 && ip.value === 0xffffffffn;
        return !(ip.value === 0n || broadcast || isLoopback(ip) || isMulticast(ip) || isLinkLocalUnicast(ip));
    }),
    (0,func/* celFunc */.V)("cidr", [ip_STRING], CidrType.type, (s) => CidrType.wrap(need(parseCidr(s), "network address", s))),
    (0,func/* celFunc */.V)("isCIDR", [ip_STRING], ip_BOOL, (s) => parseCidr(s) !== undefined),
    (0,func/* celFunc */.V)("string", [CidrType.type], ip_STRING, (c) => {
        const x = cidrOf(c);
        return `${formatIp(x.ip)}/${x.prefix}`;
    }),
    (0,func/* celMethod */.y)("containsIP", CidrType.type, [IpType.type], ip_BOOL, function (ip) {
        return containsIp(cidrOf(this), ipOf(ip));
    }),
    (0,func/* celMethod */.y)("containsIP", CidrType.type, [ip_STRING], ip_BOOL, function (s) {
        return containsIp(cidrOf(this), need(parseIp(s), "IP Address", s));
    }),
    (0,func/* celMethod */.y)("containsCIDR", CidrType.type, [CidrType.type], ip_BOOL, function (o) {
        const inner = cidrOf(o);
        const outer = cidrOf(this);
        return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
    }),
    (0,func/* celMethod */.y)("containsCIDR", CidrType.type, [ip_STRING], ip_BOOL, function (s) {
        const inner = need(parseCidr(s), "network address", s);
        const outer = cidrOf(this);
        return inner.prefix >= outer.prefix && containsIp(outer, inner.ip);
    }),
    (0,func/* celMethod */.y)("ip", CidrType.type, [], IpType.type, function () {
        return IpType.wrap(cidrOf(this).ip);
    }),
    (0,func/* celMethod */.y)("masked", CidrType.type, [], CidrType.type, function () {
        const c = cidrOf(this);
        return CidrType.wrap({ ip: { family: c.ip.family, value: c.ip.value & mask(c) }, prefix: c.prefix });
    }),
    (0,func/* celMethod */.y)("prefixLength", CidrType.type, [], INT, function () {
        return BigInt(cidrOf(this).prefix);
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/compare.ts


/**
 * Orders two comparable CEL values (numbers of any kind, strings, bools, bytes) the way
 * CEL's `<` does; anything else is an error naming both types.
 */
function compareValues(a, b) {
    const na = numeric(a);
    const nb = numeric(b);
    if (na !== undefined && nb !== undefined) {
        if (typeof na === "bigint" && typeof nb === "bigint")
            return na < nb ? -1 : na > nb ? 1 : 0;
        const x = Number(na);
        const y = Number(nb);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (typeof a === "string" && typeof b === "string")
        return a < b ? -1 : a > b ? 1 : 0;
    if (typeof a === "boolean" && typeof b === "boolean")
        return Number(a) - Number(b);
    if (a instanceof Uint8Array && b instanceof Uint8Array)
        return Buffer.compare(a, b);
    throw new Error(`cannot compare ${celTypeName(a)} with ${celTypeName(b)}`);
}
function numeric(v) {
    if (typeof v === "bigint" || typeof v === "number")
        return v;
    if ((0,uint/* isCelUint */.p)(v))
        return v.value;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/lists.ts



const { DYN: lists_DYN, BOOL: lists_BOOL, INT: lists_INT, STRING: lists_STRING } = esm_type/* CelScalar */.ZR;
const LIST = (0,esm_type/* listType */.Vc)(lists_DYN);
function items(list) {
    return [...list];
}
function sum(list) {
    const values = items(list);
    if (values.length === 0)
        return 0n;
    const first = values[0];
    if (typeof first === "bigint") {
        return values.reduce((acc, v) => {
            if (typeof v !== "bigint")
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v;
        }, 0n);
    }
    if (typeof first === "number") {
        return values.reduce((acc, v) => {
            if (typeof v !== "number")
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v;
        }, 0);
    }
    if ((0,uint/* isCelUint */.p)(first)) {
        return values.reduce((acc, v) => {
            if (!(0,uint/* isCelUint */.p)(v))
                throw new Error(`sum() needs a list of one numeric type, found ${celTypeName(v)}`);
            return acc + v.value;
        }, 0n);
    }
    throw new Error(`sum() is not supported on a list of ${celTypeName(first)}`);
}
function extreme(list, sign, name) {
    const values = items(list);
    if (values.length === 0)
        throw new Error(`${name}() called on an empty list`);
    return values.reduce((best, v) => (compareValues(v, best) * sign > 0 ? v : best));
}
function indexOf(list, value, last) {
    const values = items(list);
    const key = celKey(value);
    const order = last ? [...values.keys()].reverse() : [...values.keys()];
    for (const i of order)
        if (celKey(values[i]) === key)
            return BigInt(i);
    return -1n;
}
function distinct(list) {
    const seen = new Set();
    const out = [];
    for (const v of list) {
        const key = celKey(v);
        if (!seen.has(key)) {
            seen.add(key);
            out.push(v);
        }
    }
    return out;
}
function flatten(list, depth) {
    if (depth < 0)
        throw new Error("flatten() depth must not be negative");
    const out = [];
    for (const v of list) {
        if ((0,esm_list/* isCelList */.B9)(v) && depth > 0)
            out.push(...flatten(v, depth - 1));
        else
            out.push(v);
    }
    return out;
}
function slice(list, start, end) {
    if (start < 0n || end < 0n)
        throw new Error("slice() indexes must not be negative");
    if (start > end)
        throw new Error("slice() start must not be greater than end");
    if (end > BigInt(list.size))
        throw new Error("slice() end is out of range");
    return items(list).slice(Number(start), Number(end));
}
/**
 * Kubernetes' lists library (isSorted, sum, min, max, indexOf, lastIndexOf) plus cel-go's
 * ext.Lists functions that policies use (distinct, flatten, reverse, slice, sort, lists.range).
 */
const listFuncs = [
    (0,func/* celMethod */.y)("isSorted", LIST, [], lists_BOOL, function () {
        const v = items(this);
        return v.every((x, i) => i === 0 || compareValues(v[i - 1] ?? null, x) <= 0);
    }),
    (0,func/* celMethod */.y)("sum", LIST, [], lists_DYN, function () {
        return sum(this);
    }),
    (0,func/* celMethod */.y)("min", LIST, [], lists_DYN, function () {
        return extreme(this, -1, "min");
    }),
    (0,func/* celMethod */.y)("max", LIST, [], lists_DYN, function () {
        return extreme(this, 1, "max");
    }),
    (0,func/* celMethod */.y)("indexOf", LIST, [lists_DYN], lists_INT, function (v) {
        return indexOf(this, v, false);
    }),
    (0,func/* celMethod */.y)("lastIndexOf", LIST, [lists_DYN], lists_INT, function (v) {
        return indexOf(this, v, true);
    }),
    (0,func/* celMethod */.y)("distinct", LIST, [], LIST, function () {
        return distinct(this);
    }),
    (0,func/* celMethod */.y)("flatten", LIST, [], LIST, function () {
        return flatten(this, 1);
    }),
    (0,func/* celMethod */.y)("flatten", LIST, [lists_INT], LIST, function (depth) {
        return flatten(this, Number(depth));
    }),
    (0,func/* celMethod */.y)("reverse", LIST, [], LIST, function () {
        return items(this).reverse();
    }),
    (0,func/* celMethod */.y)("slice", LIST, [lists_INT, lists_INT], LIST, function (start, end) {
        return slice(this, start, end);
    }),
    (0,func/* celMethod */.y)("sort", LIST, [], LIST, function () {
        return items(this).sort(compareValues);
    }),
    (0,func/* celFunc */.V)("lists.range", [lists_INT], LIST, (n) => Array.from({ length: Math.max(0, Number(n)) }, (_, i) => BigInt(i))),
    (0,func/* celMethod */.y)("reverse", lists_STRING, [], lists_STRING, function () {
        // cel-go reverses code points, not grapheme clusters; so do we.
        // eslint-disable-next-line @typescript-eslint/no-misused-spread
        return [...this].reverse().join("");
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/quantity.ts


const QuantityType = opaqueType("kubernetes.Quantity", (q) => `${q.num}/${q.den}`);
const Q = QuantityType.type;
const { STRING: quantity_STRING, BOOL: quantity_BOOL, INT: quantity_INT, DOUBLE } = esm_type/* CelScalar */.ZR;
const BINARY = { Ki: 10, Mi: 20, Ti: 40, Gi: 30, Pi: 50, Ei: 60 };
const DECIMAL = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const PATTERN = /^([+-]?)(\d+\.?\d*|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
/** Parses a quantity the way resource.ParseQuantity does; undefined when it is not one. */
function parseQuantity(text) {
    const m = PATTERN.exec(text);
    if (!m)
        return undefined;
    const [, sign = "", number = "", suffix = ""] = m;
    const [whole = "", frac = ""] = number.split(".");
    let num = BigInt((whole || "0") + frac) * (sign === "-" ? -1n : 1n);
    let den = 10n ** BigInt(frac.length);
    if (suffix in BINARY) {
        num *= 2n ** BigInt(BINARY[suffix] ?? 0);
    }
    else {
        const exp = suffix in DECIMAL ? (DECIMAL[suffix] ?? 0) : Number(suffix.slice(1));
        if (Math.abs(exp) > 1000)
            return undefined;
        if (exp >= 0)
            num *= 10n ** BigInt(exp);
        else
            den *= 10n ** BigInt(-exp);
    }
    return reduce(num, den);
}
function reduce(num, den) {
    const g = gcd(num < 0n ? -num : num, den);
    return g > 1n ? { num: num / g, den: den / g } : { num, den };
}
function gcd(a, b) {
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a === 0n ? 1n : a;
}
function cmp(a, b) {
    const l = a.num * b.den;
    const r = b.num * a.den;
    return l < r ? -1 : l > r ? 1 : 0;
}
function quantity_self(v) {
    const q = QuantityType.unwrap(v);
    if (!q)
        throw new Error("not a quantity");
    return q;
}
function quantityOf(text) {
    const q = parseQuantity(text);
    if (!q)
        throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': "${text}"`);
    return QuantityType.wrap(q);
}
const add = (a, b) => reduce(a.num * b.den + b.num * a.den, a.den * b.den);
const neg = (q) => ({ num: -q.num, den: q.den });
const fromInt = (n) => ({ num: n, den: 1n });
/** Kubernetes' quantity library: `quantity()`, `isQuantity()` and the Quantity methods. */
const quantityFuncs = [
    (0,func/* celFunc */.V)("quantity", [quantity_STRING], Q, quantityOf),
    (0,func/* celFunc */.V)("isQuantity", [quantity_STRING], quantity_BOOL, (s) => parseQuantity(s) !== undefined),
    (0,func/* celMethod */.y)("sign", Q, [], quantity_INT, function () {
        const n = quantity_self(this).num;
        return n > 0n ? 1n : n < 0n ? -1n : 0n;
    }),
    (0,func/* celMethod */.y)("isInteger", Q, [], quantity_BOOL, function () {
        const q = quantity_self(this);
        return q.den === 1n && q.num >= INT64_MIN && q.num <= INT64_MAX;
    }),
    (0,func/* celMethod */.y)("asInteger", Q, [], quantity_INT, function () {
        const q = quantity_self(this);
        if (q.den !== 1n || q.num < INT64_MIN || q.num > INT64_MAX)
            throw new Error("cannot convert value to integer: precision loss or overflow");
        return q.num;
    }),
    (0,func/* celMethod */.y)("asApproximateFloat", Q, [], DOUBLE, function () {
        const q = quantity_self(this);
        return Number(q.num) / Number(q.den);
    }),
    (0,func/* celMethod */.y)("add", Q, [Q], Q, function (o) {
        return QuantityType.wrap(add(quantity_self(this), quantity_self(o)));
    }),
    (0,func/* celMethod */.y)("add", Q, [quantity_INT], Q, function (n) {
        return QuantityType.wrap(add(quantity_self(this), fromInt(n)));
    }),
    (0,func/* celMethod */.y)("sub", Q, [Q], Q, function (o) {
        return QuantityType.wrap(add(quantity_self(this), neg(quantity_self(o))));
    }),
    (0,func/* celMethod */.y)("sub", Q, [quantity_INT], Q, function (n) {
        return QuantityType.wrap(add(quantity_self(this), fromInt(-n)));
    }),
    (0,func/* celMethod */.y)("isGreaterThan", Q, [Q], quantity_BOOL, function (o) {
        return cmp(quantity_self(this), quantity_self(o)) > 0;
    }),
    (0,func/* celMethod */.y)("isLessThan", Q, [Q], quantity_BOOL, function (o) {
        return cmp(quantity_self(this), quantity_self(o)) < 0;
    }),
    (0,func/* celMethod */.y)("compareTo", Q, [Q], quantity_INT, function (o) {
        return BigInt(cmp(quantity_self(this), quantity_self(o)));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/regex.ts



const { STRING: regex_STRING, INT: regex_INT, BOOL: regex_BOOL, DYN: regex_DYN } = esm_type/* CelScalar */.ZR;
const regex_LIST = (0,esm_type/* listType */.Vc)(regex_DYN);
const cache = new Map();
/**
 * Compiles an RE2 pattern for `find`/`findAll`. RE2JS checks the syntax (so a pattern
 * Kubernetes would reject is rejected here too); the search itself runs on a JavaScript
 * RegExp translated from it, since RE2JS has no API for match positions.
 */
function compileRe2(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    esm/* RE2JS */.L3.compile(pattern);
    let source = pattern;
    let flags = "g";
    const leading = /^\(\?([imsU]+)\)/.exec(source);
    if (leading?.[1]) {
        if (leading[1].includes("U"))
            throw new Error(`the RE2 flag U (ungreedy) is not supported in "${pattern}"`);
        flags += leading[1];
        source = source.slice(leading[0].length);
    }
    source = source
        .replace(/\(\?P</g, "(?<")
        .replace(/\\A/g, "^")
        .replace(/\\z/g, "$")
        .replace(/\\p([A-Za-z])/g, "\\p{$1}")
        .replace(/\\P([A-Za-z])/g, "\\P{$1}");
    const unicode = /\\[pP]\{/.test(source);
    let re;
    try {
        re = new RegExp(source, unicode ? flags + "u" : flags);
    }
    catch (err) {
        throw new Error(`regular expression "${pattern}" is not supported: ${err.message}`, {
            cause: err,
        });
    }
    if (cache.size > 500)
        cache.clear();
    cache.set(pattern, re);
    return re;
}
function findAll(text, pattern, limit) {
    const re = compileRe2(pattern);
    re.lastIndex = 0;
    const out = [];
    for (const m of text.matchAll(re)) {
        if (limit >= 0 && out.length >= limit)
            break;
        out.push(m[0]);
    }
    return out;
}
function asList(v) {
    return [...v].map((x) => celKey(x));
}
/** Kubernetes' regex library (`find`, `findAll`) and cel-go's sets extension. */
const regexFuncs = [
    (0,func/* celMethod */.y)("find", regex_STRING, [regex_STRING], regex_STRING, function (pattern) {
        return findAll(this, pattern, 1)[0] ?? "";
    }),
    (0,func/* celMethod */.y)("findAll", regex_STRING, [regex_STRING], regex_LIST, function (pattern) {
        return findAll(this, pattern, -1);
    }),
    (0,func/* celMethod */.y)("findAll", regex_STRING, [regex_STRING, regex_INT], regex_LIST, function (pattern, n) {
        return findAll(this, pattern, Number(n));
    }),
    (0,func/* celFunc */.V)("sets.contains", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const have = new Set(asList(a));
        return asList(b).every((k) => have.has(k));
    }),
    (0,func/* celFunc */.V)("sets.equivalent", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const x = new Set(asList(a));
        const y = new Set(asList(b));
        return [...x].every((k) => y.has(k)) && [...y].every((k) => x.has(k));
    }),
    (0,func/* celFunc */.V)("sets.intersects", [regex_LIST, regex_LIST], regex_BOOL, (a, b) => {
        const have = new Set(asList(a));
        return asList(b).some((k) => have.has(k));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/semver.ts


const SemverType = opaqueType("kubernetes.Semver", (v) => v.text.replace(/\+.*$/, ""));
const S = SemverType.type;
const { STRING: semver_STRING, BOOL: semver_BOOL, INT: semver_INT } = esm_type/* CelScalar */.ZR;
const NUM = "(0|[1-9]\\d*)";
const IDENT = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);
/** Parses a strict semantic version (no leading `v`, all three numbers); undefined otherwise. */
function parseSemver(text) {
    const m = SEMVER.exec(text);
    if (!m)
        return undefined;
    return {
        major: BigInt(m[1] ?? "0"),
        minor: BigInt(m[2] ?? "0"),
        patch: BigInt(m[3] ?? "0"),
        pre: m[4] ? m[4].split(".") : [],
        text,
    };
}
/** Semver precedence: numbers, then a release above its pre-releases, then identifiers. */
function compareSemver(a, b) {
    for (const k of ["major", "minor", "patch"]) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    if (a.pre.length === 0 && b.pre.length === 0)
        return 0;
    if (a.pre.length === 0)
        return 1;
    if (b.pre.length === 0)
        return -1;
    for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return BigInt(x) < BigInt(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function semver_self(v) {
    const s = SemverType.unwrap(v);
    if (!s)
        throw new Error("not a semver");
    return s;
}
/** Kubernetes' semver library (1.31+). */
const semverFuncs = [
    (0,func/* celFunc */.V)("semver", [semver_STRING], S, (s) => {
        const v = parseSemver(s);
        if (!v)
            throw new Error(`could not parse "${s}" as semver`);
        return SemverType.wrap(v);
    }),
    (0,func/* celFunc */.V)("isSemver", [semver_STRING], semver_BOOL, (s) => parseSemver(s) !== undefined),
    (0,func/* celMethod */.y)("major", S, [], semver_INT, function () {
        return semver_self(this).major;
    }),
    (0,func/* celMethod */.y)("minor", S, [], semver_INT, function () {
        return semver_self(this).minor;
    }),
    (0,func/* celMethod */.y)("patch", S, [], semver_INT, function () {
        return semver_self(this).patch;
    }),
    (0,func/* celMethod */.y)("isGreaterThan", S, [S], semver_BOOL, function (o) {
        return compareSemver(semver_self(this), semver_self(o)) > 0;
    }),
    (0,func/* celMethod */.y)("isLessThan", S, [S], semver_BOOL, function (o) {
        return compareSemver(semver_self(this), semver_self(o)) < 0;
    }),
    (0,func/* celMethod */.y)("compareTo", S, [S], semver_INT, function (o) {
        return BigInt(compareSemver(semver_self(this), semver_self(o)));
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/lib/url.ts


const UrlType = opaqueType("kubernetes.URL", (u) => u.text);
const U = UrlType.type;
const { STRING: url_STRING, BOOL: url_BOOL } = esm_type/* CelScalar */.ZR;
/**
 * Parses an absolute URI or an absolute path (what url.ParseRequestURI accepts);
 * undefined otherwise.
 */
function parseUrl(text) {
    if (text === "" || /\s/.test(text))
        return undefined;
    if (text.startsWith("/")) {
        const [path, query] = splitOnce(text.replace(/#.*$/, ""), "?");
        return { text, scheme: "", host: "", hostname: "", port: "", escapedPath: path, rawQuery: query };
    }
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text);
    if (!m)
        return undefined;
    const scheme = m[1] ?? "";
    let rest = (m[2] ?? "").replace(/#.*$/, "");
    let authority = "";
    if (rest.startsWith("//")) {
        const end = rest.slice(2).search(/[/?]/);
        authority = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
        rest = end < 0 ? "" : rest.slice(end + 2);
    }
    else if (!rest.startsWith("/")) {
        // An opaque URI such as mailto:x; ParseRequestURI accepts it with an empty host.
        return { text, scheme, host: "", hostname: "", port: "", escapedPath: "", rawQuery: "" };
    }
    const host = authority.includes("@") ? authority.slice(authority.lastIndexOf("@") + 1) : authority;
    const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host);
    if (!hp)
        return undefined;
    const [path, query] = splitOnce(rest, "?");
    return {
        text,
        scheme,
        host,
        hostname: (hp[1] ?? "").replace(/^\[|\]$/g, ""),
        port: hp[2] ?? "",
        escapedPath: path,
        rawQuery: query,
    };
}
function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}
function query(raw) {
    const out = new Map();
    if (raw === "")
        return out;
    for (const part of raw.split("&")) {
        if (part === "")
            continue;
        const [k, v] = splitOnce(part, "=");
        const key = decode(k);
        out.set(key, [...(out.get(key) ?? []), decode(v)]);
    }
    return out;
}
function decode(s) {
    try {
        return decodeURIComponent(s.replace(/\+/g, " "));
    }
    catch {
        return s;
    }
}
function url_self(v) {
    const u = UrlType.unwrap(v);
    if (!u)
        throw new Error("not a URL");
    return u;
}
/** Kubernetes' URL library: `url()`, `isURL()` and the getters. */
const urlFuncs = [
    (0,func/* celFunc */.V)("url", [url_STRING], U, (s) => {
        const u = parseUrl(s);
        if (!u)
            throw new Error(`URL parse error during conversion from string: "${s}" is not an absolute URI or path`);
        return UrlType.wrap(u);
    }),
    (0,func/* celFunc */.V)("isURL", [url_STRING], url_BOOL, (s) => parseUrl(s) !== undefined),
    (0,func/* celMethod */.y)("getScheme", U, [], url_STRING, function () {
        return url_self(this).scheme;
    }),
    (0,func/* celMethod */.y)("getHost", U, [], url_STRING, function () {
        return url_self(this).host;
    }),
    (0,func/* celMethod */.y)("getHostname", U, [], url_STRING, function () {
        return url_self(this).hostname;
    }),
    (0,func/* celMethod */.y)("getPort", U, [], url_STRING, function () {
        return url_self(this).port;
    }),
    (0,func/* celMethod */.y)("getEscapedPath", U, [], url_STRING, function () {
        return url_self(this).escapedPath;
    }),
    (0,func/* celMethod */.y)("getQuery", U, [], (0,esm_type/* mapType */.H$)(url_STRING, (0,esm_type/* listType */.Vc)(url_STRING)), function () {
        return query(url_self(this).rawQuery);
    }),
];

;// CONCATENATED MODULE: ./packages/policy/src/cel/env.ts














/** An expression that could not be compiled: bad syntax, an unknown variable or an unsupported function. */
class CelCompileError extends Error {
    name = "CelCompileError";
}
/** An expression that failed while it ran (no such key, bad types, division by zero ...). */
class CelEvalError extends Error {
    name = "CelEvalError";
}
/** Functions the planner implements itself, so they are never looked up in the environment. */
const PLANNER_FUNCTIONS = new Set([
    "_[_]",
    "_&&_",
    "_||_",
    "_?_:_",
    "@not_strictly_false",
    "__not_strictly_false__",
]);
/** Type names usable as values (`type(x) == int`). */
const TYPE_NAMES = new Set([
    "int",
    "uint",
    "double",
    "bool",
    "string",
    "bytes",
    "list",
    "map",
    "null_type",
    "type",
    "dyn",
]);
/** Variables that exist in Kubernetes but need a live cluster, with the reason we give. */
const CLUSTER_ONLY = {
    authorizer: "authorization checks (authorizer) need a live cluster",
};
let shared;
/** The one environment: CEL's standard library plus the Kubernetes libraries admission policies use. */
function celEnvironment() {
    shared ??= (0,env/* celEnv */.U)({
        // The standard `matches` compiles its pattern on every call; ours compiles each pattern once.
        re2: { compile: cachedRe2 },
        funcs: [
            ...strings/* default */.A,
            ...optionalFuncs,
            ...listFuncs,
            ...regexFuncs,
            ...urlFuncs,
            ...quantityFuncs,
            ...ipFuncs,
            ...semverFuncs,
            ...formatFuncs,
        ],
    });
    return shared;
}
const env_cache = new Map();
const patterns = new Map();
function cachedRe2(pattern) {
    let re = patterns.get(pattern);
    if (!re) {
        re = esm/* RE2JS */.L3.compile(pattern);
        if (patterns.size > 1000)
            patterns.clear();
        patterns.set(pattern, re);
    }
    return re;
}
/**
 * Compiles `source` once (later calls with the same source and variables reuse it).
 * Every function it calls must exist and every free identifier must be one of
 * `variables`, so an unsupported expression fails here, never passes silently.
 */
function compileCel(source, variables) {
    const key = `${variables.join(",")}\u0000${source}`;
    const hit = env_cache.get(key);
    if (hit)
        return hit;
    const program = compileUncached(source, variables);
    env_cache.set(key, program);
    return program;
}
/** Compiles without the cache: the benchmark's baseline. */
function compileUncached(source, variables) {
    const env = celEnvironment();
    const text = usesOptionalSyntax(source) ? rewriteOptionalSyntax(source) : source;
    let parsed;
    try {
        parsed = (0,parse/* parse */.q)(text);
    }
    catch (err) {
        throw new CelCompileError(`syntax error: ${cleanMessage(err.message)}`);
    }
    transformExpr(parsed.expr, { next: 1n << 40n });
    const declared = new Set(variables);
    const refs = references(parsed.expr, declared);
    // Most specific first: a cluster-only variable, then a missing function, then an unknown name.
    const qualifiers = [...refs.functions].map((fn) => fn.split(".")[0] ?? "");
    for (const name of [...refs.idents, ...qualifiers]) {
        const reason = Object.hasOwn(CLUSTER_ONLY, name) ? CLUSTER_ONLY[name] : undefined;
        if (reason && !declared.has(name))
            throw new CelCompileError(reason);
    }
    for (const fn of refs.functions) {
        if (PLANNER_FUNCTIONS.has(fn) || env.funcs.find(fn))
            continue;
        throw new CelCompileError(`unsupported function "${fn}"`);
    }
    for (const ident of refs.idents) {
        if (declared.has(ident) || TYPE_NAMES.has(ident))
            continue;
        throw new CelCompileError(`undeclared reference to "${ident}"`);
    }
    let run;
    try {
        run = (0,plan/* plan */.e)(env, parsed);
    }
    catch (err) {
        throw new CelCompileError(cleanMessage(err.message));
    }
    return {
        source,
        idents: refs.idents,
        evaluate(bindings) {
            let result;
            try {
                result = run(bindings);
            }
            catch (err) {
                throw new CelEvalError(cleanMessage(err instanceof Error ? err.message : String(err)));
            }
            if ((0,error/* isCelError */.Jr)(result))
                throw new CelEvalError(cleanMessage(result.message));
            return result;
        },
    };
}
/** Error text without our placeholders and without the parser's `<input>:` prefix. */
function cleanMessage(message) {
    // Kubernetes (cel-go) says "no such key"; so do we, so messages read the same in CI and in the cluster.
    let out = message.replace(/^<input>:/, "").replace(/^field not found: /, "no such key: ");
    for (const p of Object.values(PLACEHOLDER))
        out = out.split(p).join("?");
    return out;
}

;// CONCATENATED MODULE: ./packages/policy/src/model.ts
/** The CEL variables of admission expressions (Kubernetes and Kyverno CEL policies alike). */
const ADMISSION_VARIABLES = [
    "object",
    "oldObject",
    "request",
    "params",
    "namespaceObject",
    "variables",
];
/** The rule id findings carry: the policy name, with the Kyverno rule when there is one. */
function ruleId(policy) {
    return policy.rule ? `${policy.name}/${policy.rule}` : policy.name;
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/compile.ts


/**
 * Compiles a policy's expressions: the compiled policy, or error findings naming each bad
 * expression. `compile` is the cached compiler; the benchmark's baseline passes an uncached one.
 */
function compilePolicy(bound, compile = compileCel) {
    const { policy } = bound;
    const errors = [];
    const program = (expression, field, at) => {
        try {
            const p = compile(expression, policy.celVariables);
            for (const ident of p.idents)
                compiled.reads.add(ident);
            return p;
        }
        catch (err) {
            errors.push({
                tool: "policy",
                rule: ruleId(policy),
                severity: "error",
                message: `${policy.kind} ${ruleId(policy)}: ${field} "${oneLine(expression)}" cannot be evaluated: ${err.message}`,
                file: at.file,
                line: at.line,
            });
            return undefined;
        }
    };
    const compiled = {
        bound,
        matchConditions: [],
        variables: new Map(),
        validations: [],
        annotations: [],
        reads: new Set(),
    };
    for (const c of policy.matchConditions) {
        const p = program(c.expression, `matchCondition ${c.name}`, c.at);
        if (p)
            compiled.matchConditions.push({ name: c.name, program: p, at: c.at });
    }
    for (const v of policy.variables) {
        const p = program(v.expression, `variable ${v.name}`, v.at);
        if (p)
            compiled.variables.set(v.name, p);
    }
    for (const v of policy.validations) {
        const p = program(v.expression, "validation", v.at);
        const message = v.messageExpression === undefined ? undefined : program(v.messageExpression, "messageExpression", v.at);
        if (p)
            compiled.validations.push({ validation: v, program: p, ...(message ? { message } : {}) });
    }
    for (const a of policy.auditAnnotations) {
        const p = program(a.valueExpression, `auditAnnotation ${a.key}`, a.at);
        if (p)
            compiled.annotations.push({ annotation: a, program: p });
    }
    return errors.length > 0 ? { errors } : { compiled, errors };
}
/** An expression on one line, shortened, for messages. */
function oneLine(expression) {
    const flat = expression.replace(/\s+/g, " ").trim();
    return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/selectors.ts

const OPERATORS = new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
/**
 * Parses a label selector from a policy, binding or param reference. A malformed one is the
 * policy author's mistake: a UserError naming the file, the line and the field.
 */
function parseSelector(value, field, at) {
    if (value === undefined || value === null)
        return undefined;
    const bad = (why) => new errors/* UserError */.yo(`${at.file}:${at.line}: ${field} ${why}`, at.file, at.line);
    if (typeof value !== "object" || Array.isArray(value))
        throw bad("must be a label selector object");
    const v = value;
    const matchLabels = {};
    if (v.matchLabels !== undefined && v.matchLabels !== null) {
        if (typeof v.matchLabels !== "object" || Array.isArray(v.matchLabels))
            throw bad("matchLabels must be a map");
        for (const [k, x] of Object.entries(v.matchLabels)) {
            if (typeof x !== "string")
                throw bad(`matchLabels["${k}"] must be a string`);
            matchLabels[k] = x;
        }
    }
    const matchExpressions = [];
    if (v.matchExpressions !== undefined && v.matchExpressions !== null) {
        if (!Array.isArray(v.matchExpressions))
            throw bad("matchExpressions must be a list");
        for (const [i, e] of v.matchExpressions.entries()) {
            const r = (e ?? {});
            if (typeof r.key !== "string" || r.key === "")
                throw bad(`matchExpressions[${i}].key must be a string`);
            if (typeof r.operator !== "string" || !OPERATORS.has(r.operator))
                throw bad(`matchExpressions[${i}].operator must be In, NotIn, Exists or DoesNotExist`);
            const values = Array.isArray(r.values) ? r.values.map(String) : [];
            const needsValues = r.operator === "In" || r.operator === "NotIn";
            if (needsValues && values.length === 0)
                throw bad(`matchExpressions[${i}] (${r.operator}) needs values`);
            if (!needsValues && values.length > 0)
                throw bad(`matchExpressions[${i}] (${r.operator}) must not have values`);
            matchExpressions.push({ key: r.key, operator: r.operator, values });
        }
    }
    return { matchLabels, matchExpressions };
}
/** True when `labels` satisfy the selector (an absent selector matches everything). */
function selectorMatches(selector, labels) {
    if (!selector)
        return true;
    for (const [k, v] of Object.entries(selector.matchLabels))
        if (labels[k] !== v)
            return false;
    for (const r of selector.matchExpressions) {
        const has = Object.hasOwn(labels, r.key);
        const value = labels[r.key];
        switch (r.operator) {
            case "In":
                if (!has || !r.values.includes(value ?? ""))
                    return false;
                break;
            case "NotIn":
                if (has && r.values.includes(value ?? ""))
                    return false;
                break;
            case "Exists":
                if (!has)
                    return false;
                break;
            case "DoesNotExist":
                if (has)
                    return false;
                break;
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/policy/src/types.ts
/** Splits `group/version` (or a bare core `version`). */
function splitApiVersion(apiVersion) {
    const slash = apiVersion.indexOf("/");
    return slash < 0
        ? { group: "", version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** String-valued entries of a labels-like value; anything else is dropped. */
function stringMap(value) {
    const out = {};
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return out;
    for (const [k, v] of Object.entries(value)) {
        if (typeof v === "string")
            out[k] = v;
        else if (typeof v === "number" || typeof v === "boolean")
            out[k] = String(v);
    }
    return out;
}
/** Builds a Resource from a parsed object, or undefined when it is not a Kubernetes object. */
function toResource(object, origin) {
    if (typeof object !== "object" || object === null || Array.isArray(object))
        return undefined;
    const o = object;
    if (typeof o.apiVersion !== "string" || typeof o.kind !== "string")
        return undefined;
    const meta = typeof o.metadata === "object" && o.metadata !== null ? o.metadata : {};
    const name = typeof meta.name === "string"
        ? meta.name
        : typeof meta.generateName === "string"
            ? meta.generateName
            : "";
    const ref = { apiVersion: o.apiVersion, kind: o.kind, name };
    if (typeof meta.namespace === "string" && meta.namespace !== "")
        ref.namespace = meta.namespace;
    return { object: o, ref, ...splitApiVersion(o.apiVersion), origin, labels: stringMap(meta.labels) };
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/params.ts


/**
 * Param objects for `paramKind`/`paramRef`, taken from the manifests in the repository
 * (rendered targets, the policies folder, or the given manifests).
 */
class ParamIndex {
    catalog;
    byKind = new Map();
    constructor(candidates, catalog) {
        this.catalog = catalog;
        for (const r of candidates) {
            const key = `${r.ref.apiVersion}/${r.ref.kind}`;
            const list = this.byKind.get(key) ?? [];
            list.push(r);
            this.byKind.set(key, list);
        }
        // The same object may be rendered by several targets; keep each identity once.
        for (const [key, list] of this.byKind) {
            const seen = new Set();
            this.byKind.set(key, list.filter((r) => {
                const id = `${r.ref.namespace ?? ""}/${r.ref.name}`;
                if (seen.has(id))
                    return false;
                seen.add(id);
                return true;
            }));
        }
    }
    /**
     * The params a binding selects for `object`: by name or by selector, in `paramRef.namespace`,
     * else (for a namespaced param kind) in the object's own namespace.
     */
    lookup(kind, ref, object) {
        const all = this.byKind.get(`${kind.apiVersion}/${kind.kind}`) ?? [];
        const { group } = splitApiVersion(kind.apiVersion);
        const namespaced = this.catalog.lookup(group, kind.kind, all.some((r) => r.ref.namespace !== undefined)).namespaced;
        let namespace;
        if (ref.namespace !== undefined && ref.namespace !== "")
            namespace = ref.namespace;
        else if (namespaced) {
            namespace = object.ref.namespace;
            if (namespace === undefined) {
                return {
                    error: `paramRef.namespace must be set to use the namespaced ${kind.kind} params on a cluster-scoped object`,
                };
            }
        }
        const inScope = all.filter((r) => (namespaced ? r.ref.namespace === namespace : true));
        const params = ref.name !== undefined
            ? inScope.filter((r) => r.ref.name === ref.name)
            : inScope.filter((r) => selectorMatches(ref.selector, r.labels));
        return { params };
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/activation.ts

/** The requester CI evaluates as: documented, fixed, and never a real user. */
const CI_USER = {
    username: "system:serviceaccount:gitops-ci:policy-check",
    uid: "00000000-0000-0000-0000-000000000000",
    groups: ["system:serviceaccounts", "system:serviceaccounts:gitops-ci", "system:authenticated"],
};
/**
 * The admission request CI synthesizes for an object: a dry-run CREATE by {@link CI_USER}.
 * There is no cluster, so `oldObject` is always null.
 */
function synthesizeRequest(r, catalog) {
    const info = catalog.of(r);
    const request = {
        uid: "00000000-0000-0000-0000-000000000000",
        kind: { group: r.group, version: r.version, kind: r.ref.kind },
        resource: { group: r.group, version: r.version, resource: info.resource },
        requestKind: { group: r.group, version: r.version, kind: r.ref.kind },
        requestResource: { group: r.group, version: r.version, resource: info.resource },
        name: r.ref.name,
        operation: "CREATE",
        userInfo: { username: CI_USER.username, uid: CI_USER.uid, groups: [...CI_USER.groups] },
        dryRun: true,
        options: { apiVersion: "meta.k8s.io/v1", kind: "CreateOptions" },
    };
    if (r.ref.namespace !== undefined)
        request.namespace = r.ref.namespace;
    return request;
}
/**
 * CEL values per object, converted once however many policies read them. Entries live as
 * long as their Resource (a WeakMap), so a large run does not keep them all.
 */
class CelValueCache {
    catalog;
    namespaces;
    objects = new WeakMap();
    requests = new WeakMap();
    namespaceObjects = new Map();
    constructor(catalog, namespaces) {
        this.catalog = catalog;
        this.namespaces = namespaces;
    }
    /** The values for `r`; `request` and `namespaceObject` are built only when `reads` names them. */
    of(r, reads) {
        let object = this.objects.get(r);
        if (object === undefined) {
            object = toCelValue(r.object);
            this.objects.set(r, object);
        }
        let request = null;
        if (!reads || reads.has("request")) {
            request = this.requests.get(r) ?? null;
            if (request === null) {
                request = toCelValue(synthesizeRequest(r, this.catalog));
                this.requests.set(r, request);
            }
        }
        const namespaceObject = !reads || reads.has("namespaceObject") ? this.namespaceObject(r) : null;
        return { object, request, namespaceObject };
    }
    /** The object's Namespace (as found in the repo, else a bare one with its name label); null when cluster-scoped. */
    namespaceObject(r) {
        const ns = r.ref.namespace;
        if (ns === undefined || !this.catalog.of(r).namespaced)
            return null;
        let value = this.namespaceObjects.get(ns);
        if (value === undefined) {
            const found = this.namespaces.objects.get(ns);
            const labels = { ...(this.namespaces.labels.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
            value = toCelValue({
                ...(found ?? { apiVersion: "v1", kind: "Namespace" }),
                metadata: { ...(found?.metadata ?? {}), name: ns, labels },
            });
            this.namespaceObjects.set(ns, value);
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/evaluate.ts



/**
 * `variables.<name>`, evaluated on first use and then remembered, as in Kubernetes: a
 * variable no expression reads never runs, so it cannot fail.
 */
class LazyVariables extends Map {
    programs;
    done = new Map();
    bindings = {};
    constructor(programs) {
        super();
        this.programs = programs;
    }
    bind(bindings) {
        this.bindings = bindings;
        return this;
    }
    get(key) {
        if (this.done.has(key))
            return this.done.get(key);
        const program = this.programs.get(key);
        if (!program)
            return undefined;
        let value;
        try {
            value = program.evaluate(this.bindings);
        }
        catch (err) {
            throw new CelEvalError(`variables.${key}: ${err.message}`);
        }
        this.done.set(key, value);
        return value;
    }
    has(key) {
        return this.programs.has(key);
    }
    get size() {
        return this.programs.size;
    }
}
/**
 * Runs a compiled policy on one object: match conditions first (any false: the policy does not
 * apply; an error is an error outcome), then every validation and audit annotation.
 */
function evaluatePolicy(compiled, activation) {
    return evaluatePolicyResult(compiled, activation).outcomes;
}
/**
 * {@link evaluatePolicy}, also saying whether the policy applied: false when a match condition
 * was false (Kyverno reports the rule as skipped), true otherwise.
 */
function evaluatePolicyResult(compiled, activation) {
    const lazy = new LazyVariables(compiled.variables);
    const bindings = { ...activation, variables: (0,esm_map/* celMap */.$I)(lazy) };
    lazy.bind(bindings);
    const outcomes = [];
    for (const c of compiled.matchConditions) {
        let result;
        try {
            result = c.program.evaluate(bindings);
        }
        catch (err) {
            const message = `matchCondition ${c.name}: ${err.message}`;
            return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
        }
        if (typeof result !== "boolean") {
            const message = `matchCondition ${c.name} must return a bool`;
            return { applied: true, outcomes: [{ type: "error", message, at: c.at }] };
        }
        if (!result)
            return { applied: false, outcomes: [] };
    }
    for (const { validation, program, message } of compiled.validations) {
        let result;
        try {
            result = program.evaluate(bindings);
        }
        catch (err) {
            outcomes.push({
                type: "error",
                message: `expression "${oneLine(validation.expression)}" failed: ${err.message}`,
                at: validation.at,
            });
            continue;
        }
        if (typeof result !== "boolean") {
            outcomes.push({
                type: "error",
                message: `expression "${oneLine(validation.expression)}" must return a bool`,
                at: validation.at,
            });
            continue;
        }
        if (result)
            continue;
        outcomes.push({
            type: "violation",
            message: violationMessage(validation, message, bindings),
            reason: validation.reason,
            at: validation.at,
        });
    }
    for (const { annotation, program } of compiled.annotations) {
        try {
            const value = program.evaluate(bindings);
            if (value === null)
                continue;
            if (typeof value !== "string")
                throw new CelEvalError("valueExpression must return a string or null");
            outcomes.push({ type: "annotation", key: annotation.key, value, at: annotation.at });
        }
        catch (err) {
            outcomes.push({
                type: "error",
                message: `auditAnnotation ${annotation.key}: ${err.message}`,
                at: annotation.at,
            });
        }
    }
    return { applied: true, outcomes };
}
/**
 * The message Kubernetes would return: messageExpression when it yields a non-empty string
 * (an error or an empty result falls back), else message, else the failed expression.
 */
function violationMessage(v, messageProgram, bindings) {
    if (messageProgram) {
        try {
            const m = messageProgram.evaluate(bindings);
            if (typeof m === "string" && m.trim() !== "")
                return oneLineMessage(m);
        }
        catch {
            // Kubernetes logs the error and uses `message`; so do we.
        }
    }
    if (v.message)
        return oneLineMessage(v.message);
    return `failed expression: ${oneLine(v.expression)}`;
}
/** Policy messages are untrusted text: one line, bounded length. */
function oneLineMessage(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/engine/run.ts




const SEVERITY = { deny: "error", warn: "warning", audit: "notice" };
/** The severity a binding's actions give: the strongest of Deny (error), Warn (warning), Audit (notice). */
function severityOf(actions) {
    if (actions.includes("deny"))
        return "error";
    if (actions.includes("warn"))
        return "warning";
    return "notice";
}
/**
 * Evaluates every compiled policy, through each of its bindings (and each selected param), on
 * every object it matches. Returns the findings and how many evaluations ran.
 */
function runCelPolicies(policies, groups, options) {
    const results = [];
    let evaluations = 0;
    for (const group of groups) {
        const ctx = { catalog: options.catalog, namespaces: group.namespaces.labels };
        const values = new CelValueCache(options.catalog, group.namespaces);
        for (const resource of group.resources) {
            for (const compiled of policies) {
                const { policy, bindings } = compiled.bound;
                if (!policy.matches(resource, ctx))
                    continue;
                for (const binding of bindings) {
                    if (binding.matches && !binding.matches(resource, ctx))
                        continue;
                    const configured = options.enforcement?.(policy.name, policy.rule, group.env);
                    const severity = configured ? SEVERITY[configured] : severityOf(binding.actions);
                    const report = (outcome) => results.push(toResult(compiled, binding, resource, outcome, severity));
                    const params = paramsFor(compiled, binding, resource, options.params);
                    if ("error" in params) {
                        report({ type: "error", message: params.error, at: binding.at });
                        continue;
                    }
                    if (params.values.length === 0) {
                        if (params.deny) {
                            report({
                                type: "violation",
                                message: `no params found for binding ${binding.name} (parameterNotFoundAction Deny)`,
                                reason: "Invalid",
                                at: binding.at,
                            });
                        }
                        continue;
                    }
                    const base = values.of(resource, compiled.reads);
                    for (const param of params.values) {
                        evaluations += 1;
                        const outcomes = evaluatePolicy(compiled, { ...base, oldObject: null, params: param });
                        for (const outcome of outcomes)
                            report(outcome);
                    }
                }
            }
        }
    }
    return { results, evaluations };
}
/** Params converted to CEL once each. */
const paramValues = new WeakMap();
function paramValue(object) {
    let v = paramValues.get(object);
    if (v === undefined) {
        v = toCelValue(object);
        paramValues.set(object, v);
    }
    return v;
}
function paramsFor(compiled, binding, resource, index) {
    const kind = compiled.bound.policy.paramKind;
    if (!kind)
        return { values: [null], deny: false };
    if (!binding.paramRef)
        return { error: `binding ${binding.name} sets no paramRef, but the policy has paramKind ${kind.kind}` };
    const found = index.lookup(kind, binding.paramRef, resource);
    if ("error" in found)
        return found;
    return {
        values: found.params.map((p) => paramValue(p.object)),
        deny: binding.paramRef.notFound === "Deny",
    };
}
function toResult(compiled, binding, resource, outcome, severity) {
    const { policy } = compiled.bound;
    const id = ruleId(policy);
    const via = binding.name !== policy.name && binding.name !== policy.rule ? ` (binding ${binding.name})` : "";
    let message;
    let sev = severity;
    let waivable = true;
    if (outcome.type === "violation") {
        message = `${id}: ${outcome.message}${via}`;
    }
    else if (outcome.type === "error") {
        // failurePolicy Fail: an expression that cannot run refuses the object; Ignore lets it through.
        message = `${id}: could not evaluate${via}: ${outcome.message}`;
        if (policy.failurePolicy === "Ignore") {
            sev = "notice";
            message += " (failurePolicy Ignore)";
        }
    }
    else {
        message = `${id}: audit annotation ${outcome.key}=${outcome.value}${via}`;
        sev = "notice";
        waivable = false;
    }
    const finding = { tool: "policy", rule: id, severity: sev, message, resource: resource.ref };
    if (resource.origin.target !== undefined)
        finding.target = resource.origin.target;
    const result = { finding, policy: policy.name, resource, waivable };
    if (policy.rule !== undefined)
        result.rule = policy.rule;
    return result;
}

;// CONCATENATED MODULE: ./packages/policy/src/enforcement.ts
/**
 * The action `.gitops.yaml` sets for a policy in an env (`policy.enforcement`), replacing the
 * bindings' validationActions: `name/rule` before `name`, and the env before `*`. Undefined
 * when the config says nothing, so the bindings decide.
 */
function enforcementFor(config) {
    return (policy, rule, env) => {
        const keys = rule ? [`${policy}/${rule}`, policy] : [policy];
        for (const key of keys) {
            const byEnv = Object.hasOwn(config, key) ? config[key] : undefined;
            if (!byEnv)
                continue;
            const action = (env !== undefined && Object.hasOwn(byEnv, env) ? byEnv[env] : undefined) ?? byEnv["*"];
            if (action)
                return action;
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ./packages/policy/src/cluster.ts

const POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);
/**
 * Each policy's placement: CI (it is in the policies folder) and the cluster envs whose deployed
 * targets render it. A policy only in a rendered target is enforced by the cluster alone.
 */
function placements(set, rendered, model) {
    const out = new Map();
    const at = (kind, name) => {
        const key = `${kind}/${name}`;
        let p = out.get(key);
        if (!p)
            out.set(key, (p = { kind, name, ci: false, cluster: [] }));
        return p;
    };
    for (const b of set.cel)
        at(b.policy.kind, b.policy.name).ci = true;
    for (const r of set.kyvernoRules)
        at("ClusterPolicy", r.policy).ci = true;
    const deployed = new Map(model.targets.map((t) => [t.id, t.applications.length > 0 ? t.env : undefined]));
    for (const r of rendered) {
        if (!POLICY_KINDS.has(r.ref.kind) || !r.origin.target)
            continue;
        const env = deployed.get(r.origin.target);
        if (env === undefined)
            continue;
        const p = at(r.ref.kind, r.ref.name);
        const name = env === "" ? "every env" : env;
        if (!p.cluster.includes(name))
            p.cluster.push(name);
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind));
}
/** One line per policy: where it runs. */
function placementText(list) {
    const width = Math.max(0, ...list.map((p) => p.name.length));
    return list
        .map((p) => {
        const where = p.ci && p.cluster.length > 0
            ? `CI and cluster (${p.cluster.join(", ")})`
            : p.ci
                ? "CI only: no Application deploys it"
                : `cluster only (${p.cluster.join(", ")}): not in the policies folder, so CI never runs it`;
        return `${p.name.padEnd(width)}  ${p.kind.padEnd(25)}  ${where}\n`;
    })
        .join("");
}
/**
 * Bindings and Kyverno policies rendered for an env that enforce otherwise than
 * `policy.enforcement` says for that env: CI would deny what the cluster lets through (or warn
 * about what the cluster refuses).
 */
function enforcementDrift(rendered, config) {
    const wanted = enforcementFor(config.enforcement);
    const out = [];
    for (const r of rendered) {
        const env = r.origin.env;
        if (!env)
            continue;
        const spec = (r.object.spec ?? {});
        if (r.ref.kind === "ValidatingAdmissionPolicyBinding") {
            const policy = typeof spec.policyName === "string" ? spec.policyName : "";
            const action = wanted(policy, undefined, env);
            const actions = Array.isArray(spec.validationActions) ? spec.validationActions.map(String) : [];
            if (action && !bindingEnforces(actions, action))
                out.push(drift(r, env, `validationActions [${actions.join(", ")}]`, action, `validationActions: [${cap(action)}]`));
        }
        else if ((r.ref.kind === "ClusterPolicy" || r.ref.kind === "Policy") &&
            r.ref.apiVersion.startsWith("kyverno.io/")) {
            const action = wanted(r.ref.name, undefined, env);
            const failure = typeof spec.validationFailureAction === "string" ? spec.validationFailureAction : "Audit";
            const enforces = failure.toLowerCase() === "enforce";
            if (action && enforces !== (action === "deny"))
                out.push(drift(r, env, `validationFailureAction ${failure}`, action, `validationFailureAction: ${action === "deny" ? "Enforce" : "Audit"}`));
        }
    }
    return out;
}
function bindingEnforces(actions, action) {
    const has = (a) => actions.some((x) => x.toLowerCase() === a);
    return action === "deny" ? has("deny") : has(action) && !has("deny");
}
/** The finding has no file yet: the caller points it at the source the object came from. */
function drift(r, env, has, action, fix) {
    const finding = {
        tool: "policy",
        rule: "policy/cluster-enforcement",
        severity: "warning",
        message: `${r.ref.kind} ${r.ref.name} is deployed to ${env} with ${has}, but policy.enforcement says ${action} there: CI and the cluster would disagree; set ${fix} or change policy.enforcement`,
        ...(r.origin.target ? { target: r.origin.target } : {}),
        resource: r.ref,
    };
    return { finding, resource: r };
}
const cap = (a) => `${a.charAt(0).toUpperCase()}${a.slice(1)}`;

;// CONCATENATED MODULE: ./packages/policy/src/cluster-coverage.ts
const cluster_coverage_POLICY_KINDS = new Set(["ValidatingAdmissionPolicy", "ClusterPolicy", "Policy", "ValidatingPolicy"]);
/**
 * Cluster envs (those with Applications) whose Applications deploy none of the policies CI runs.
 * Only checked once the repo shows it enforces in the cluster: some env deploys policies, or
 * `policy.enforcement` names envs. Before that, every repo without such an Application would get
 * a warning per env for a setup it never chose.
 */
function envsWithoutPolicies(model, rendered, context) {
    if (context.policies === 0)
        return [];
    const clusterEnvs = [...new Set(model.applications.map((a) => a.env).filter((e) => e !== ""))].sort();
    if (clusterEnvs.length === 0)
        return [];
    const envsOf = new Map();
    for (const app of model.applications)
        for (const id of app.targets) {
            let envs = envsOf.get(id);
            if (!envs)
                envsOf.set(id, (envs = new Set()));
            envs.add(app.env);
        }
    const covered = new Set();
    for (const r of rendered) {
        if (!cluster_coverage_POLICY_KINDS.has(r.ref.kind) || !r.origin.target)
            continue;
        for (const env of envsOf.get(r.origin.target) ?? [])
            covered.add(env);
    }
    // An Application that names no env deploys to whatever cluster it points at: count it everywhere.
    if (covered.has(""))
        return [];
    const adopted = covered.size > 0 || context.enforcementEnvs.some((e) => clusterEnvs.includes(e));
    if (!adopted)
        return [];
    return clusterEnvs
        .filter((env) => !covered.has(env))
        .map((env) => ({
        tool: "policy",
        rule: "policy/not-in-cluster",
        severity: "warning",
        message: `env ${env} has Applications but none deploys the policies in ${context.dir}/: CI checks ${context.policies} ${context.policies === 1 ? "policy" : "policies"} that the ${env} cluster never enforces; add an Application for ${env} whose source path is ${context.dir}`,
        file: context.dir,
    }));
}
/** The envs `policy.enforcement` names (besides `*`). */
function enforcementEnvs(enforcement) {
    return [...new Set(Object.values(enforcement).flatMap((byEnv) => Object.keys(byEnv)))].filter((e) => e !== "*");
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/model/load.ts + 1 modules
var load = __webpack_require__(4005);
// EXTERNAL MODULE: ./packages/render/src/index.ts + 5 modules
var src = __webpack_require__(4635);
;// CONCATENATED MODULE: ./packages/policy/src/inputs/fresh.ts





/**
 * Renders first when `render/` is missing or stale, like `gitops lint`: a target is stale when
 * it has no output, is new, or one of its inputs (files and folders of its input graph, the
 * Applications that point at it, `.gitops.yaml`) changed after its output was written. Only
 * stale targets are rendered; fresh outputs are kept.
 */
async function ensureRendered(repo, options = {}) {
    const outDir = (0,external_node_path_.join)(repo, "render");
    const index = (0,src/* readIndex */.vY)(outDir);
    const indexTime = mtime((0,external_node_path_.join)(outDir, src/* INDEX_FILE */.K$));
    const layout = options.model ?? (await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {}));
    // A required check that checked nothing would pass vacuously.
    if (layout.targets.length === 0)
        throw (0,src/* noTargets */.UV)(layout);
    const targets = layout.targets.filter((t) => !options.environments || options.environments.includes(t.env));
    const configTime = mtime((0,external_node_path_.join)(repo, src_config/* CONFIG_FILE */.g2)) ?? 0;
    const stale = new Set();
    for (const t of targets) {
        if (t.skipReason)
            continue;
        const entry = index.targets.find((e) => e.id === t.id);
        const outputTime = entry && indexTime !== undefined ? mtime((0,external_node_path_.resolve)(repo, entry.output)) : undefined;
        if (outputTime === undefined || configTime > outputTime) {
            stale.add(t.id);
            continue;
        }
        const graph = layout.graph(t.id);
        if (graph.unresolved || newestInput(repo, graph.files, graph.dirs) > outputTime)
            stale.add(t.id);
    }
    if (stale.size === 0)
        return { model: layout, rendered: [], findings: [] };
    const report = await (0,src/* render */.XX)({
        repo,
        model: layout,
        only: stale,
        ...(options.env ? { env: options.env } : {}),
        ...(options.environments ? { environments: options.environments } : {}),
    });
    return { model: layout, rendered: report.rendered, findings: report.findings };
}
function newestInput(repo, files, dirs) {
    let newest = 0;
    for (const f of files)
        newest = Math.max(newest, mtime((0,external_node_path_.join)(repo, f)) ?? Number.MAX_SAFE_INTEGER);
    for (const d of dirs)
        newest = Math.max(newest, newestIn((0,external_node_path_.join)(repo, d), 0));
    return newest;
}
/** The newest mtime under a folder (the folder's own mtime covers deleted files). */
function newestIn(dir, depth) {
    let newest = mtime(dir) ?? Number.MAX_SAFE_INTEGER;
    if (depth > 20)
        return newest;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return newest;
    }
    for (const e of entries) {
        const path = (0,external_node_path_.join)(dir, e.name);
        newest = Math.max(newest, e.isDirectory() ? newestIn(path, depth + 1) : (mtime(path) ?? 0));
    }
    return newest;
}
function mtime(path) {
    try {
        return (0,external_node_fs_.statSync)(path).mtimeMs;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/cache/src/targets.ts
var targets = __webpack_require__(5004);
// EXTERNAL MODULE: ./packages/core/src/globs.ts
var globs = __webpack_require__(6626);
// EXTERNAL MODULE: ./packages/core/src/walk.ts
var walk = __webpack_require__(56);
// EXTERNAL MODULE: ./packages/core/src/rendered-yaml.ts
var rendered_yaml = __webpack_require__(7882);
// EXTERNAL MODULE: ./packages/core/src/yaml.ts
var src_yaml = __webpack_require__(1350);
;// CONCATENATED MODULE: ./packages/policy/src/inputs/load.ts










/** Rendered output is machine-written and can be large. */
const LARGE_YAML = { maxBytes: 512 * 1024 * 1024, maxDocuments: 1_000_000, maxAliasCount: 10_000 };
const MANIFEST = /\.(ya?ml|json)$/i;
/**
 * Reads the outputs of the rendered targets in `render/index.json` (optionally of some envs).
 * A failed or missing output is an error finding on its target: its objects go unchecked, and
 * the run must not pass silently.
 */
function loadRenderedTargets(repo, environments, only, 
/** The index entries to read, when not render/index.json's (a private render's). */
entries = (0,src/* readIndex */.vY)((0,external_node_path_.join)(repo, "render")).targets) {
    const targets = [];
    const findings = [];
    for (const entry of entries) {
        if (environments && !environments.includes(entry.env))
            continue;
        if (only && !only.has(entry.id))
            continue;
        const unchecked = (why) => findings.push({
            tool: "policy",
            rule: "policy/unrendered-target",
            severity: "error",
            message: `${entry.id}: ${why}; its objects were not checked`,
            target: entry.id,
            file: entry.source,
        });
        if (entry.status === "failed") {
            unchecked(`the target failed to render${entry.error ? ` (${entry.error.split("\n")[0] ?? ""})` : ""}`);
            continue;
        }
        const path = (0,external_node_path_.resolve)(repo, entry.output);
        if (entry.status === "skipped" && entry.error)
            continue;
        // A target left out of this render (--changed-since, a filter, another shard) has nothing
        // to check unless an earlier run left its output; lint treats it the same way.
        if (entry.status === "skipped" && !(0,external_node_fs_.existsSync)(path))
            continue;
        if (!(0,external_node_fs_.existsSync)(path)) {
            unchecked(`${entry.output} is missing`);
            continue;
        }
        const yaml = readManifests(path, entry.output);
        targets.push({
            entry,
            resources: resourcesOf(yaml, { target: entry.id, env: entry.env }),
            sha256: yaml.sha256,
        });
    }
    return { targets, findings };
}
/**
 * Reads a manifest file with core's fast reader (`parseRenderedYaml`): policies need each
 * object's value, its document's first line and Helm's `# Source:` comment, not the
 * comment-keeping Document, and rendered targets hold thousands of objects. Duplicate keys,
 * alias bombs, size and document caps are still refused with `file:line`.
 */
function readManifests(path, file) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        throw new errors/* UserError */.yo(`${file}: cannot read`, file);
    }
    if (size > LARGE_YAML.maxBytes)
        throw new errors/* UserError */.yo(`${file}: ${size} bytes exceed the rendered-YAML limit`, file);
    const bytes = (0,external_node_fs_.readFileSync)(path);
    const documents = (0,rendered_yaml/* parseRenderedYaml */.I)((0,src_yaml/* decodeUtf8 */._6)(bytes, file), file, LARGE_YAML);
    return { file, documents, sha256: (0,targets/* outputDigest */.Q)(bytes) };
}
/** Objects of a parsed file, with Helm `# Source:` comments kept. */
function resourcesOf(yaml, extra = {}) {
    const out = [];
    for (const document of yaml.documents) {
        const values = Array.isArray(document.value) ? document.value : [document.value];
        for (const value of values) {
            const origin = { file: yaml.file, line: document.line, ...extra };
            const source = /(?:^|\n)\s*Source: (\S+)/.exec(document.comment)?.[1];
            if (source)
                origin.helmSource = source;
            // A `kind: List` holds its objects in `items`.
            const v = value;
            const items = v?.kind === "List" && Array.isArray(v.items) ? v.items : [value];
            for (const item of items) {
                const r = toResource(item, origin);
                if (r)
                    out.push(r);
            }
        }
    }
    return out;
}
/**
 * Reads manifest files and folders (recursively: *.yaml, *.yml, *.json), like `conftest test`,
 * and globs (`render/apps/**\/*.yaml`). Paths are shown relative to the repo when inside it.
 * A path that does not exist, a bad glob or one that matches nothing is a UserError.
 */
function loadManifestPaths(repo, paths, cwd = process.cwd()) {
    const out = [];
    for (const p of paths) {
        if ((0,globs/* isGlob */.fg)(p)) {
            const problem = (0,globs/* globProblem */.AI)(p);
            if (problem !== undefined)
                throw new errors/* UserError */.yo(`--manifests ${JSON.stringify(p)}: invalid glob: ${problem}`);
            const files = (0,globs/* expandGlob */.hT)(p, cwd);
            if (files.length === 0)
                throw new errors/* UserError */.yo(`--manifests ${JSON.stringify(p)}: the glob matches no file`);
            for (const file of files)
                out.push(...resourcesOf(readManifests(file, display(repo, file))));
            continue;
        }
        const abs = (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p);
        let st;
        try {
            st = (0,external_node_fs_.statSync)(abs);
        }
        catch {
            throw new errors/* UserError */.yo(`--manifests ${p}: no such file or folder`, p);
        }
        const files = st.isDirectory() ? [...(0,walk/* walkFiles */.F)(abs, (name) => MANIFEST.test(name))] : [abs];
        for (const file of files)
            out.push(...resourcesOf(readManifests(file, display(repo, file))));
    }
    return out;
}
/** Relative to the repo, as every finding's file is; a file outside the repo by its absolute path. */
function display(repo, file) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(repo), file);
    return (0,external_node_path_.isAbsolute)(rel) || rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) ? file : rel.split(external_node_path_.sep).join("/");
}

;// CONCATENATED MODULE: ./packages/policy/src/inputs/locate.ts



/**
 * Points findings on rendered objects at the files people edit:
 * - Helm output: the template its `# Source:` comment names, at the line of its `kind:`;
 * - kustomize and plain folders: the input file of the target that defines an object of the
 *   same kind and name (the renderer adds no origin annotations), at its document's line;
 * - otherwise the target's folder.
 * Only objects that have findings are located, so a clean run reads no source files.
 */
class SourceLocator {
    repo;
    entries;
    graph;
    yaml = new Map();
    inputs;
    constructor(repo, entries, 
    /** The model's input graphs; without them findings stay on the target's folder. */
    graph) {
        this.repo = repo;
        this.entries = entries;
        this.graph = graph;
    }
    /** Sets `file` and `line` on a finding about `resource`. */
    locate(finding, resource) {
        const target = resource.origin.target;
        const entry = target === undefined ? undefined : this.entries.get(target);
        if (!entry) {
            finding.file = resource.origin.file;
            finding.line = resource.origin.line;
            return;
        }
        const at = resource.origin.helmSource
            ? this.helm(entry.source, resource.origin.helmSource, resource.ref.kind)
            : this.search(entry, resource);
        finding.file = at.file;
        if (at.line !== undefined)
            finding.line = at.line;
    }
    helm(chartDir, source, kind) {
        // "<chart name>/templates/x.yaml": the chart's folder is the target's source, whatever its name.
        const file = external_node_path_.posix.join(chartDir, source.split("/").slice(1).join("/"));
        try {
            const lines = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.repo, file), "utf8").split("\n");
            const i = lines.findIndex((l) => new RegExp(`^kind:\\s*["']?${kind}\\b`).test(l));
            return { file, line: i + 1 || 1 };
        }
        catch {
            return { file: chartDir };
        }
    }
    search(entry, resource) {
        for (const rel of this.inputFiles(entry.id)) {
            const yaml = this.load(rel);
            for (const doc of yaml?.documents ?? []) {
                const v = doc.value;
                if (v?.kind === resource.ref.kind && v.metadata?.name === resource.ref.name) {
                    return { file: rel, line: doc.line };
                }
            }
        }
        return { file: entry.source };
    }
    inputFiles(id) {
        if (!this.inputs)
            this.inputs = new Map();
        let files = this.inputs.get(id);
        if (!files) {
            const g = this.graph?.(id);
            files = g ? [...g.files, ...[...g.dirs].flatMap((d) => yamlFilesIn(this.repo, d))] : [];
            this.inputs.set(id, files);
        }
        return files.filter((f) => /\.ya?ml$/i.test(f));
    }
    load(rel) {
        let y = this.yaml.get(rel);
        if (y === undefined) {
            try {
                y = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.repo, rel)) ? (0,src_yaml/* loadYamlFile */.Y3)((0,external_node_path_.join)(this.repo, rel), rel) : null;
            }
            catch {
                y = null;
            }
            this.yaml.set(rel, y);
        }
        return y;
    }
}
function yamlFilesIn(repo, dir) {
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { recursive: true, encoding: "utf8" })
            .filter((f) => /\.ya?ml$/i.test(f))
            .map((f) => external_node_path_.posix.join(dir, f.split("\\").join("/")));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/catalog.ts
/**
 * Built-in kinds and the CRDs a GitOps repository commonly holds (Argo CD, external-secrets,
 * cert-manager, ...). CRDs defined in the checked manifests are added on top, so a policy's
 * `resources: ["widgets"]` matches `kind: Widget` whenever the repo holds its CRD.
 */
const KNOWN = [
    ["", "Pod", "pods", true],
    ["", "Service", "services", true],
    ["", "ConfigMap", "configmaps", true],
    ["", "Secret", "secrets", true],
    ["", "ServiceAccount", "serviceaccounts", true],
    ["", "PersistentVolumeClaim", "persistentvolumeclaims", true],
    ["", "PersistentVolume", "persistentvolumes", false],
    ["", "Namespace", "namespaces", false],
    ["", "Node", "nodes", false],
    ["", "Endpoints", "endpoints", true],
    ["", "LimitRange", "limitranges", true],
    ["", "ResourceQuota", "resourcequotas", true],
    ["", "ReplicationController", "replicationcontrollers", true],
    ["", "PodTemplate", "podtemplates", true],
    ["", "Event", "events", true],
    ["apps", "Deployment", "deployments", true],
    ["apps", "StatefulSet", "statefulsets", true],
    ["apps", "DaemonSet", "daemonsets", true],
    ["apps", "ReplicaSet", "replicasets", true],
    ["apps", "ControllerRevision", "controllerrevisions", true],
    ["batch", "Job", "jobs", true],
    ["batch", "CronJob", "cronjobs", true],
    ["autoscaling", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true],
    ["policy", "PodDisruptionBudget", "poddisruptionbudgets", true],
    ["networking.k8s.io", "Ingress", "ingresses", true],
    ["networking.k8s.io", "IngressClass", "ingressclasses", false],
    ["networking.k8s.io", "NetworkPolicy", "networkpolicies", true],
    ["rbac.authorization.k8s.io", "Role", "roles", true],
    ["rbac.authorization.k8s.io", "RoleBinding", "rolebindings", true],
    ["rbac.authorization.k8s.io", "ClusterRole", "clusterroles", false],
    ["rbac.authorization.k8s.io", "ClusterRoleBinding", "clusterrolebindings", false],
    ["storage.k8s.io", "StorageClass", "storageclasses", false],
    ["storage.k8s.io", "VolumeAttachment", "volumeattachments", false],
    ["storage.k8s.io", "CSIDriver", "csidrivers", false],
    ["scheduling.k8s.io", "PriorityClass", "priorityclasses", false],
    ["node.k8s.io", "RuntimeClass", "runtimeclasses", false],
    ["coordination.k8s.io", "Lease", "leases", true],
    ["discovery.k8s.io", "EndpointSlice", "endpointslices", true],
    ["apiextensions.k8s.io", "CustomResourceDefinition", "customresourcedefinitions", false],
    ["apiregistration.k8s.io", "APIService", "apiservices", false],
    ["admissionregistration.k8s.io", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", false],
    [
        "admissionregistration.k8s.io",
        "ValidatingAdmissionPolicyBinding",
        "validatingadmissionpolicybindings",
        false,
    ],
    [
        "admissionregistration.k8s.io",
        "ValidatingWebhookConfiguration",
        "validatingwebhookconfigurations",
        false,
    ],
    ["admissionregistration.k8s.io", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false],
    ["certificates.k8s.io", "CertificateSigningRequest", "certificatesigningrequests", false],
    ["gateway.networking.k8s.io", "Gateway", "gateways", true],
    ["gateway.networking.k8s.io", "GatewayClass", "gatewayclasses", false],
    ["gateway.networking.k8s.io", "HTTPRoute", "httproutes", true],
    ["gateway.networking.k8s.io", "GRPCRoute", "grpcroutes", true],
    ["gateway.networking.k8s.io", "ReferenceGrant", "referencegrants", true],
    ["argoproj.io", "Application", "applications", true],
    ["argoproj.io", "ApplicationSet", "applicationsets", true],
    ["argoproj.io", "AppProject", "appprojects", true],
    ["argoproj.io", "Rollout", "rollouts", true],
    ["external-secrets.io", "ExternalSecret", "externalsecrets", true],
    ["external-secrets.io", "ClusterExternalSecret", "clusterexternalsecrets", false],
    ["external-secrets.io", "SecretStore", "secretstores", true],
    ["external-secrets.io", "ClusterSecretStore", "clustersecretstores", false],
    ["bitnami.com", "SealedSecret", "sealedsecrets", true],
    ["cert-manager.io", "Certificate", "certificates", true],
    ["cert-manager.io", "CertificateRequest", "certificaterequests", true],
    ["cert-manager.io", "Issuer", "issuers", true],
    ["cert-manager.io", "ClusterIssuer", "clusterissuers", false],
    ["monitoring.coreos.com", "ServiceMonitor", "servicemonitors", true],
    ["monitoring.coreos.com", "PodMonitor", "podmonitors", true],
    ["monitoring.coreos.com", "PrometheusRule", "prometheusrules", true],
    ["kyverno.io", "ClusterPolicy", "clusterpolicies", false],
    ["kyverno.io", "Policy", "policies", true],
    ["policies.kyverno.io", "ValidatingPolicy", "validatingpolicies", false],
    ["keda.sh", "ScaledObject", "scaledobjects", true],
];
/** Maps (group, kind) to the resource name and scope Kubernetes gives it. */
class KindCatalog {
    kinds = new Map();
    /** Per object: matching asks for every policy, so each object is looked up once. */
    known = new WeakMap();
    constructor() {
        for (const [group, kind, resource, namespaced] of KNOWN)
            this.kinds.set(`${group}/${kind}`, { resource, namespaced });
    }
    /** Adds the kinds CustomResourceDefinitions among `resources` define. */
    addDefinitions(resources) {
        for (const r of resources) {
            if (r.ref.kind !== "CustomResourceDefinition" || r.group !== "apiextensions.k8s.io")
                continue;
            const spec = r.object.spec;
            const group = spec?.group;
            const kind = spec?.names?.kind;
            const plural = spec?.names?.plural;
            if (typeof group !== "string" || typeof kind !== "string" || typeof plural !== "string")
                continue;
            this.kinds.set(`${group}/${kind}`, { resource: plural, namespaced: spec?.scope !== "Cluster" });
        }
    }
    /**
     * The resource name and scope of a kind. A kind we do not know gets the usual English
     * plural, and is taken as namespaced exactly when the object names a namespace.
     */
    lookup(group, kind, hasNamespace) {
        return (this.kinds.get(`${group}/${kind}`) ?? {
            resource: pluralize(kind.toLowerCase()),
            namespaced: hasNamespace,
        });
    }
    /** Info for a checked object. */
    of(r) {
        let info = this.known.get(r);
        if (!info) {
            info = this.lookup(r.group, r.ref.kind, r.ref.namespace !== undefined);
            this.known.set(r, info);
        }
        return info;
    }
}
function pluralize(word) {
    if (/(s|x|z|ch|sh)$/.test(word))
        return `${word}es`;
    if (/[^aeiou]y$/.test(word))
        return `${word.slice(0, -1)}ies`;
    return `${word}s`;
}

;// CONCATENATED MODULE: ./packages/policy/src/k8s/namespaces.ts
/**
 * Collects the Namespace objects among `resources` (for a repository: those rendered for the
 * target's env, `clusters/<env>` above all). When two define the same name, the first wins.
 */
function collectNamespaces(resources) {
    const labels = new Map();
    const objects = new Map();
    for (const r of resources) {
        if (r.group !== "" || r.ref.kind !== "Namespace" || labels.has(r.ref.name))
            continue;
        labels.set(r.ref.name, { ...r.labels, "kubernetes.io/metadata.name": r.ref.name });
        objects.set(r.ref.name, r.object);
    }
    return { labels, objects };
}

;// CONCATENATED MODULE: ./packages/policy/src/load/cel-fields.ts

const REASONS = ["Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge"];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CONDITION_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/**
 * `matchConditions` or `variables`: a list of `{name, expression}`. Variable names must be CEL
 * identifiers (`variables.<name>`); match condition names are qualified names, like label keys.
 */
function namedExpressions(doc, path, kind = "variable") {
    const seen = new Set();
    return doc.list(path).map((_, i) => {
        const name = doc.string([...path, i, "name"], true) ?? "";
        const pattern = kind === "variable" ? VARIABLE_NAME : CONDITION_NAME;
        if (!pattern.test(name))
            throw doc.fail([...path, i, "name"], `"${name}" is not a valid ${kind === "variable" ? "CEL identifier" : "name"}`);
        if (seen.has(name))
            throw doc.fail([...path, i, "name"], `"${name}" is defined twice`);
        seen.add(name);
        return { name, expression: doc.string([...path, i, "expression"], true) ?? "", at: doc.at([...path, i]) };
    });
}
/** `validations`: expression, message, messageExpression, reason. */
function validations(doc, path) {
    return doc.list(path).map((_, i) => {
        const p = [...path, i];
        const v = {
            expression: doc.string([...p, "expression"], true) ?? "",
            reason: doc.oneOf([...p, "reason"], REASONS, "Invalid"),
            at: doc.at(p),
        };
        const message = doc.string([...p, "message"]);
        const messageExpression = doc.string([...p, "messageExpression"]);
        if (message !== undefined)
            v.message = message;
        if (messageExpression !== undefined)
            v.messageExpression = messageExpression;
        return v;
    });
}
/** `auditAnnotations`: key and valueExpression. */
function auditAnnotations(doc, path) {
    return doc.list(path).map((_, i) => ({
        key: doc.string([...path, i, "key"], true) ?? "",
        valueExpression: doc.string([...path, i, "valueExpression"], true) ?? "",
        at: doc.at([...path, i]),
    }));
}
function paramKind(doc, path) {
    if (!doc.object(path))
        return undefined;
    return {
        apiVersion: doc.string([...path, "apiVersion"], true) ?? "",
        kind: doc.string([...path, "kind"], true) ?? "",
    };
}
function paramRef(doc, path) {
    if (!doc.object(path))
        return undefined;
    const ref = {
        notFound: doc.oneOf([...path, "parameterNotFoundAction"], ["Allow", "Deny"], "Deny"),
    };
    const name = doc.string([...path, "name"]);
    const namespace = doc.string([...path, "namespace"]);
    const selector = parseSelector(doc.get([...path, "selector"]), "paramRef.selector", doc.at([...path, "selector"]));
    if (name !== undefined && selector)
        throw doc.fail(path, "must set name or selector, not both");
    if (name === undefined && !selector)
        throw doc.fail(path, "must set name or selector");
    if (name !== undefined)
        ref.name = name;
    if (namespace !== undefined)
        ref.namespace = namespace;
    if (selector)
        ref.selector = selector;
    return ref;
}
/** `validationActions` (Deny, Warn, Audit) as our actions; at least one is required. */
function validationActions(doc, path, fallback) {
    const raw = doc.strings(path);
    if (raw.length === 0) {
        if (fallback)
            return fallback;
        throw doc.fail(path, "needs at least one of Deny, Warn, Audit");
    }
    return raw.map((a, i) => {
        if (a === "Deny")
            return "deny";
        if (a === "Warn")
            return "warn";
        if (a === "Audit")
            return "audit";
        throw doc.fail([...path, i], `must be Deny, Warn or Audit, got "${a}"`);
    });
}
function failurePolicy(doc, path) {
    return doc.oneOf(path, ["Fail", "Ignore"], "Fail");
}

;// CONCATENATED MODULE: ./packages/policy/src/vap/match.ts

const SCOPES = ["*", "Cluster", "Namespaced"];
/** Reads a MatchResources block at `path`; undefined when absent. */
function parseMatchResources(doc, path) {
    if (!doc.object(path))
        return undefined;
    const rules = (key) => doc.list([...path, key]).map((_, i) => {
        const p = [...path, key, i];
        if (!doc.object(p))
            throw doc.fail(p, "must be a map");
        return {
            apiGroups: doc.strings([...p, "apiGroups"]),
            apiVersions: doc.strings([...p, "apiVersions"]),
            resources: doc.strings([...p, "resources"]),
            operations: doc.strings([...p, "operations"]),
            resourceNames: doc.strings([...p, "resourceNames"]),
            scope: doc.oneOf([...p, "scope"], SCOPES, "*"),
        };
    });
    const result = { excludeResourceRules: rules("excludeResourceRules") };
    if (doc.get([...path, "resourceRules"]) !== undefined)
        result.resourceRules = rules("resourceRules");
    const ns = parseSelector(doc.get([...path, "namespaceSelector"]), "namespaceSelector", doc.at([...path, "namespaceSelector"]));
    const obj = parseSelector(doc.get([...path, "objectSelector"]), "objectSelector", doc.at([...path, "objectSelector"]));
    if (ns)
        result.namespaceSelector = ns;
    if (obj)
        result.objectSelector = obj;
    return result;
}
/**
 * True when the object is matched: a resource rule covers it (each object is checked as a
 * CREATE), no exclude rule does, and both selectors match. Cluster-scoped objects skip the
 * namespaceSelector, except Namespaces, which are matched on their own labels (as in Kubernetes).
 */
function matchesResources(m, r, ctx) {
    const info = ctx.catalog.of(r);
    if (m.resourceRules &&
        !m.resourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced)))
        return false;
    if (m.excludeResourceRules.some((rule) => ruleMatches(rule, r, info.resource, info.namespaced)))
        return false;
    if (!selectorMatches(m.objectSelector, r.labels))
        return false;
    if (m.namespaceSelector) {
        const labels = namespaceLabelsOf(r, info.namespaced, ctx);
        if (labels && !selectorMatches(m.namespaceSelector, labels))
            return false;
    }
    return true;
}
/**
 * The labels namespaceSelector is matched against: the object's own for a Namespace, its
 * Namespace's for a namespaced object (a namespace we did not find has only the
 * `kubernetes.io/metadata.name` label Kubernetes puts on every namespace), none for other
 * cluster-scoped objects.
 */
function namespaceLabelsOf(r, namespaced, ctx) {
    if (r.group === "" && r.ref.kind === "Namespace") {
        return { ...r.labels, "kubernetes.io/metadata.name": r.ref.name };
    }
    if (!namespaced)
        return undefined;
    const ns = r.ref.namespace ?? "";
    return { ...(ctx.namespaces.get(ns) ?? {}), "kubernetes.io/metadata.name": ns };
}
function ruleMatches(rule, r, resource, namespaced) {
    const any = (list, value) => list.includes("*") || list.includes(value);
    if (!any(rule.operations, "CREATE"))
        return false;
    if (!any(rule.apiGroups, r.group) || !any(rule.apiVersions, r.version))
        return false;
    if (!rule.resources.some((x) => x === "*" || x === "*/*" || x === resource))
        return false;
    if (rule.resourceNames.length > 0 && !rule.resourceNames.includes(r.ref.name))
        return false;
    if (rule.scope === "Cluster" && namespaced)
        return false;
    if (rule.scope === "Namespaced" && !namespaced)
        return false;
    return true;
}

;// CONCATENATED MODULE: ./packages/policy/src/vap/parse.ts



const VAP_GROUP = "admissionregistration.k8s.io";
/** Reads a ValidatingAdmissionPolicy (v1, v1beta1 or v1alpha1). */
function parseVap(doc) {
    const policy = parseAdmissionSpec(doc, "ValidatingAdmissionPolicy");
    if (policy.validations.length === 0 && policy.auditAnnotations.length === 0) {
        throw doc.fail(["spec"], "needs validations or auditAnnotations");
    }
    const kind = paramKind(doc, ["spec", "paramKind"]);
    if (kind)
        policy.paramKind = kind;
    return policy;
}
/**
 * The spec a ValidatingAdmissionPolicy and a Kyverno ValidatingPolicy share:
 * matchConstraints, matchConditions, variables, validations, auditAnnotations.
 */
function parseAdmissionSpec(doc, kind) {
    const name = doc.string(["metadata", "name"], true) ?? "";
    const constraints = parseMatchResources(doc, ["spec", "matchConstraints"]);
    if (!constraints?.resourceRules?.length) {
        throw doc.fail(["spec", "matchConstraints", "resourceRules"], "is required: it says which resources the policy checks");
    }
    return {
        kind,
        name,
        at: doc.at(),
        failurePolicy: failurePolicy(doc, ["spec", "failurePolicy"]),
        matches: (r, ctx) => matchesResources(constraints, r, ctx),
        matchConditions: namedExpressions(doc, ["spec", "matchConditions"], "condition"),
        variables: namedExpressions(doc, ["spec", "variables"]),
        validations: validations(doc, ["spec", "validations"]),
        auditAnnotations: auditAnnotations(doc, ["spec", "auditAnnotations"]),
        celVariables: ADMISSION_VARIABLES,
    };
}
/** Reads a ValidatingAdmissionPolicyBinding. */
function parseVapBinding(doc) {
    const resources = parseMatchResources(doc, ["spec", "matchResources"]);
    const binding = {
        name: doc.string(["metadata", "name"], true) ?? "",
        policyName: doc.string(["spec", "policyName"], true) ?? "",
        at: doc.at(),
        actions: validationActions(doc, ["spec", "validationActions"]),
    };
    if (resources)
        binding.matches = (r, ctx) => matchesResources(resources, r, ctx);
    const ref = paramRef(doc, ["spec", "paramRef"]);
    if (ref)
        binding.paramRef = ref;
    return binding;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var dist_esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./packages/policy/src/kyverno/match.ts




/** Reads `match`/`exclude` (with `any`, `all`, or the older top-level `resources`). */
function parseKyvernoMatch(doc, path) {
    if (!doc.object(path))
        return undefined;
    const filters = (key) => doc.list([...path, key]).map((_, i) => parseFilter(doc, [...path, key, i]));
    const block = { any: filters("any"), all: filters("all") };
    if (doc.object([...path, "resources"]))
        block.top = parseFilter(doc, path);
    return block;
}
function parseFilter(doc, path) {
    const res = [...path, "resources"];
    const filter = {
        kinds: doc.strings([...res, "kinds"]),
        names: [
            ...doc.strings([...res, "names"]),
            ...(doc.string([...res, "name"]) ? [doc.string([...res, "name"]) ?? ""] : []),
        ],
        namespaces: doc.strings([...res, "namespaces"]),
        operations: doc.strings([...res, "operations"]),
        annotations: stringMap(doc.get([...res, "annotations"])),
        byRequester: ["subjects", "roles", "clusterRoles"].some((k) => doc.get([...path, k]) !== undefined),
        narrowed: !!doc.get([...res, "name"]) ||
            doc.strings([...res, "names"]).length > 0 ||
            doc.get([...res, "selector"]) != null ||
            doc.get([...res, "annotations"]) != null,
    };
    const selector = parseSelector(doc.get([...res, "selector"]), "selector", doc.at([...res, "selector"]));
    const nsSelector = parseSelector(doc.get([...res, "namespaceSelector"]), "namespaceSelector", doc.at([...res, "namespaceSelector"]));
    if (selector)
        filter.selector = selector;
    if (nsSelector)
        filter.namespaceSelector = nsSelector;
    return filter;
}
/**
 * True when a rule applies: its match block matches and its exclude block does not.
 * Filters on subjects, roles or clusterRoles never match: CI has no real requester.
 */
function kyvernoMatches(match, exclude, r, ctx) {
    if (!match || !blockMatches(match, r, ctx))
        return false;
    return !(exclude && blockMatches(exclude, r, ctx));
}
function blockMatches(block, r, ctx) {
    if (block.any.length === 0 && block.all.length === 0 && !block.top)
        return false;
    if (block.any.length > 0 && !block.any.some((f) => filterMatches(f, r, ctx)))
        return false;
    if (block.top && !filterMatches(block.top, r, ctx))
        return false;
    return block.all.every((f) => filterMatches(f, r, ctx));
}
function filterMatches(f, r, ctx) {
    if (f.byRequester)
        return false;
    if (f.operations.length > 0 && !f.operations.includes("CREATE"))
        return false;
    if (f.kinds.length > 0 && !f.kinds.some((k) => kindMatches(k, r)))
        return false;
    if (f.names.length > 0 && !f.names.some((n) => wildcard(n, r.ref.name)))
        return false;
    const isNamespace = r.group === "" && r.ref.kind === "Namespace";
    const namespace = isNamespace ? r.ref.name : (r.ref.namespace ?? "");
    if (f.namespaces.length > 0 && !f.namespaces.some((n) => wildcard(n, namespace)))
        return false;
    const annotations = stringMap(r.object.metadata?.annotations);
    for (const [k, v] of Object.entries(f.annotations)) {
        if (!Object.keys(annotations).some((key) => wildcard(k, key) && wildcard(v, annotations[key] ?? "")))
            return false;
    }
    if (!selectorMatches(f.selector, r.labels))
        return false;
    if (f.namespaceSelector) {
        const labels = namespaceLabelsOf(r, ctx.catalog.of(r).namespaced, ctx);
        if (!labels || !selectorMatches(f.namespaceSelector, labels))
            return false;
    }
    return true;
}
/** `Kind`, `version/Kind` or `group/version/Kind`, each part with `*` wildcards; subresources never match. */
function kindMatches(spec, r) {
    const parts = spec.split("/");
    if (parts.length > 3 || (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? "")))
        return false;
    const kind = parts[parts.length - 1] ?? "";
    if (!wildcard(kind, r.ref.kind))
        return false;
    if (parts.length === 2)
        return wildcard(parts[0] ?? "", r.version);
    if (parts.length === 3)
        return wildcard(parts[0] ?? "", r.group) && wildcard(parts[1] ?? "", r.version);
    return true;
}
function wildcard(pattern, value) {
    return pattern === value || (0,dist_esm/* minimatch */.xF)(value, pattern, { dot: true, nocomment: true, nonegate: true });
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/autogen.ts

// Kyverno's autogen: a rule written for Pods also runs on the Pod controllers, through their Pod
// template. What follows mirrors Kyverno's own code (pkg/autogen/v1 for ClusterPolicy/Policy,
// pkg/cel/autogen for ValidatingPolicy), quirks included, so that CI and the cluster agree on
// which rules exist, what they are called and what they match.
/** The policy annotation that picks the controllers (`none`, `all`, or a comma-separated list). */
const AUTOGEN_ANNOTATION = "pod-policies.kyverno.io/autogen-controllers";
/** Every controller Kyverno generates rules for by default. */
const POD_CONTROLLERS = [
    "DaemonSet",
    "Deployment",
    "Job",
    "StatefulSet",
    "ReplicaSet",
    "ReplicationController",
    "CronJob",
];
/** The controllers whose Pod template sits at `spec.template`. */
const TEMPLATE_CONTROLLERS = POD_CONTROLLERS.filter((k) => k !== "CronJob");
const POD_KINDS = new Set([...POD_CONTROLLERS, "Pod"]);
/** Kyverno writes generated kinds fully qualified. */
const GVK = {
    DaemonSet: "apps/v1/DaemonSet",
    Deployment: "apps/v1/Deployment",
    Job: "batch/v1/Job",
    StatefulSet: "apps/v1/StatefulSet",
    ReplicaSet: "apps/v1/ReplicaSet",
    ReplicationController: "v1/ReplicationController",
    CronJob: "batch/v1/CronJob",
    Pod: "v1/Pod",
};
/** Kyverno's textual rewrite of a rule's CEL (`object.spec` -> `object.spec.template.spec` ...). */
function replacer(template) {
    const pairs = [
        ["object.spec", `object.${template}.spec`],
        ["oldObject.spec", `oldObject.${template}.spec`],
        ["object.metadata", `object.${template}.metadata`],
        ["oldObject.metadata", `oldObject.${template}.metadata`],
    ];
    return (text) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
}
const rewriteForPodControllers = replacer("spec.template");
const rewriteForCronJobs = replacer("spec.jobTemplate.spec.template");
/** The kind in `Kind`, `version/Kind` or `group/version/Kind` (a `Kind/subresource` gives Kind). */
function kindOf(spec) {
    const parts = spec.split("/");
    if (parts.length === 2 && !/^[A-Z*]/.test(parts[1] ?? ""))
        return parts[0] ?? "";
    return parts[parts.length - 1] ?? "";
}
function containsKind(kinds, kind) {
    return kinds.some((k) => kindOf(k) === kind);
}
function filtersOf(block) {
    if (!block)
        return [];
    return [...(block.top ? [block.top] : []), ...block.any, ...block.all];
}
/**
 * Kyverno's CanAutoGen, over every rule of the policy (whatever it does): no generate rule, no
 * JSON6902 patch, no filter narrowed by name, selector or annotations, no filter that lists Pod
 * together with other kinds, and at least one filter naming Pod or a Pod controller exactly.
 */
function canAutoGen(doc) {
    let needed = false;
    for (const [i] of doc.list(["spec", "rules"]).entries()) {
        const p = ["spec", "rules", i];
        if (doc.get([...p, "generate"]) != null)
            return false;
        if (nonEmpty(doc.get([...p, "mutate", "patchesJson6902"])))
            return false;
        const foreach = doc.get([...p, "mutate", "foreach"]);
        if (Array.isArray(foreach) &&
            foreach.some((f) => typeof f === "object" &&
                f !== null &&
                nonEmpty(f.patchesJson6902)))
            return false;
        const filters = [
            ...filtersOf(parseKyvernoMatch(doc, [...p, "match"])),
            ...filtersOf(parseKyvernoMatch(doc, [...p, "exclude"])),
        ];
        for (const f of filters) {
            if (f.narrowed || (f.kinds.length > 1 && containsKind(f.kinds, "Pod")))
                return false;
            needed ||= f.kinds.some((k) => POD_KINDS.has(k));
        }
    }
    return needed;
}
function nonEmpty(v) {
    return typeof v === "string" ? v !== "" : v != null;
}
/**
 * The controllers a ClusterPolicy/Policy generates rules for, as Kyverno reads them: none when
 * autogen does not apply or the annotation says `none`; else the annotation's comma-separated
 * list (taken as written: Kyverno does not trim it), or every Pod controller.
 */
function policyControllers(doc) {
    if (!canAutoGen(doc))
        return [];
    const annotation = doc.get(["metadata", "annotations", AUTOGEN_ANNOTATION]);
    if (typeof annotation !== "string")
        return POD_CONTROLLERS;
    const list = [...new Set(annotation.split(","))];
    return list.length === 1 && list[0] === "none" ? [] : list;
}
/**
 * The rules Kyverno generates from one rule for `controllers`: `autogen-<rule>` for the
 * controllers with a `spec.template`, `autogen-cronjob-<rule>` for CronJobs. A rule only gets
 * them when its match names Pod (and its exclude, if it names kinds, names Pod too).
 */
function autogenRules(rule, match, exclude, controllers) {
    if (controllers.length === 0 || rule.startsWith("autogen-") || !match)
        return [];
    const matchKinds = filtersOf(match).flatMap((f) => f.kinds);
    const excludeKinds = filtersOf(exclude).flatMap((f) => f.kinds);
    if (!containsKind(matchKinds, "Pod"))
        return [];
    if (excludeKinds.length > 0 && !containsKind(excludeKinds, "Pod"))
        return [];
    const out = [];
    const rest = controllers.filter((c) => c !== "CronJob");
    // Kyverno joins the list and strips CronJob; an empty remainder generates nothing.
    if (rest.join(",") !== "") {
        const kinds = templateKinds(rest).map((k) => GVK[k] ?? k);
        const generated = {
            name: ruleName("autogen", rule),
            match: retarget(match, kinds, true, false),
            rewrite: rewriteForPodControllers,
        };
        if (exclude)
            generated.exclude = retarget(exclude, kinds, true, true);
        out.push(generated);
    }
    if (controllers.some((c) => c.includes("CronJob") || c.includes("all"))) {
        const kinds = [GVK.CronJob ?? "CronJob"];
        const generated = {
            name: ruleName("autogen-cronjob", rule),
            match: retarget(match, kinds, false, false),
            rewrite: rewriteForCronJobs,
        };
        if (exclude)
            generated.exclude = retarget(exclude, kinds, false, true);
        out.push(generated);
    }
    return out;
}
/** `all` is every template controller; otherwise the known names, or (none known) the list as given. */
function templateKinds(list) {
    if (list.length === 1 && list[0] === "all")
        return [...TEMPLATE_CONTROLLERS].sort();
    const known = list.filter((c) => TEMPLATE_CONTROLLERS.includes(c));
    return [...(known.length > 0 ? known : list)].sort();
}
/** Kyverno cuts generated rule names at 63 characters. */
function ruleName(prefix, rule) {
    return `${prefix}-${rule}`.slice(0, 63);
}
/**
 * The generated rule's filters: in `any` if it has filters, else in `all`, else the top-level
 * filter. For controllers only the filters naming Pod change kinds; for CronJobs every one does.
 * An exclude block's top-level filter changes only when it names kinds.
 */
function retarget(block, kinds, onlyPod, exclude) {
    const swap = (f) => !onlyPod || containsKind(f.kinds, "Pod") ? { ...f, kinds } : f;
    if (block.any.length > 0)
        return { ...block, any: block.any.map(swap) };
    if (block.all.length > 0)
        return { ...block, all: block.all.map(swap) };
    if (!block.top || (exclude && block.top.kinds.length === 0))
        return block;
    return { ...block, top: { ...block.top, kinds } };
}
const VPOL_TARGETS = {
    daemonsets: { group: "apps", resource: "daemonsets", cron: false },
    deployments: { group: "apps", resource: "deployments", cron: false },
    replicasets: { group: "apps", resource: "replicasets", cron: false },
    statefulsets: { group: "apps", resource: "statefulsets", cron: false },
    jobs: { group: "batch", resource: "jobs", cron: false },
    cronjobs: { group: "batch", resource: "cronjobs", cron: true },
};
/**
 * Kyverno's CanAutoGen for a ValidatingPolicy: exactly one resource rule, for core v1 `pods`,
 * with no resourceNames, no exclude rules and no namespace or object selector.
 */
function vpolCanAutoGen(doc) {
    const m = ["spec", "matchConstraints"];
    if (!doc.object(m))
        return false;
    for (const sel of ["namespaceSelector", "objectSelector"]) {
        const labels = doc.get([...m, sel, "matchLabels"]);
        const exprs = doc.get([...m, sel, "matchExpressions"]);
        if (labels && typeof labels === "object" && Object.keys(labels).length > 0)
            return false;
        if (Array.isArray(exprs) && exprs.length > 0)
            return false;
    }
    if (doc.list([...m, "excludeResourceRules"]).length > 0)
        return false;
    const rules = doc.list([...m, "resourceRules"]);
    if (rules.length !== 1)
        return false;
    const r = [...m, "resourceRules", 0];
    const only = (key, value) => {
        const list = doc.strings([...r, key]);
        return list.length === 1 && list[0] === value;
    };
    return (doc.strings([...r, "resourceNames"]).length === 0 &&
        only("apiGroups", "") &&
        only("apiVersions", "v1") &&
        only("resources", "pods"));
}
/**
 * The variants Kyverno generates for a ValidatingPolicy: by default every controller but
 * ReplicationController; `spec.autogen.podControllers.controllers` (resource names) narrows it,
 * and an empty list turns autogen off. Operations come from the policy's first resource rule.
 */
function vpolAutogen(doc) {
    if (!vpolCanAutoGen(doc))
        return [];
    const path = ["spec", "autogen", "podControllers", "controllers"];
    const chosen = doc.get(path) == null ? Object.keys(VPOL_TARGETS) : doc.strings(path);
    const operations = doc.strings(["spec", "matchConstraints", "resourceRules", 0, "operations"]);
    const targets = [...new Set(chosen)].flatMap((c) => (VPOL_TARGETS[c] ? [VPOL_TARGETS[c]] : []));
    const out = [];
    for (const key of ["cronjobs", "defaults"]) {
        const group = targets.filter((t) => t.cron === (key === "cronjobs"));
        if (group.length === 0)
            continue;
        const byGroup = new Map();
        for (const t of group)
            byGroup.set(t.group, [...(byGroup.get(t.group) ?? []), t.resource]);
        const resourceRules = [...byGroup.keys()].sort().map((g) => ({
            apiGroups: [g],
            apiVersions: ["v1"],
            resources: [...(byGroup.get(g) ?? [])].sort(),
            operations,
            resourceNames: [],
            scope: "*",
        }));
        const template = key === "cronjobs" ? "spec.jobTemplate.spec.template" : "spec.template";
        out.push({ key, resourceRules, rewrite: protectedReplacer(template) });
    }
    return out;
}
/**
 * The ValidatingPolicy rewrite: like the ClusterPolicy one, except that an occurrence followed
 * by `.name` or `.namespace` stays on the controller's own metadata.
 */
function protectedReplacer(template) {
    const steps = [];
    for (const [from, to] of [
        ["spec", `${template}.spec`],
        ["metadata", `${template}.metadata`],
    ]) {
        steps.push([`object.${from}`, `object.${to}`], [`oldObject.${from}`, `oldObject.${to}`]);
    }
    return (text) => steps.reduce((t, [from, to]) => replaceUnprotected(t, from, to), text);
}
function replaceUnprotected(text, from, to) {
    let out = "";
    let rest = text;
    for (let i = rest.indexOf(from); i >= 0; i = rest.indexOf(from)) {
        out += rest.slice(0, i);
        rest = rest.slice(i + from.length);
        out += /^\.(name|namespace)(?![A-Za-z0-9_])/.test(rest) ? from : to;
    }
    return out + rest;
}

;// CONCATENATED MODULE: ./packages/policy/src/kyverno/parse.ts






/** Reads a Kyverno ValidatingPolicy (policies.kyverno.io): a VAP-shaped policy carrying its own actions. */
function parseValidatingPolicy(doc) {
    const policy = parseAdmissionSpec(doc, "ValidatingPolicy");
    const name = policy.name;
    // Kyverno's ValidatingPolicy carries its actions itself; it has no binding object.
    const binding = {
        name,
        at: doc.at(["spec", "validationActions"]),
        actions: validationActions(doc, ["spec", "validationActions"], ["audit"]),
    };
    return { policy, bindings: [binding] };
}
/**
 * A ValidatingPolicy with the variants Kyverno generates for Pod controllers: the same policy
 * (findings keep its name), matching the controllers, with its CEL rewritten to read the Pod
 * template. Match conditions are renamed `autogen-<key>-<name>` as Kyverno names them.
 */
function parseValidatingPolicies(doc) {
    const base = parseValidatingPolicy(doc);
    const out = [base];
    for (const variant of vpolAutogen(doc)) {
        const { policy } = base;
        const rw = variant.rewrite;
        const constraints = { resourceRules: variant.resourceRules, excludeResourceRules: [] };
        const generated = {
            ...policy,
            matches: (r, ctx) => matchesResources(constraints, r, ctx),
            matchConditions: policy.matchConditions.map((c) => ({
                ...c,
                name: `autogen-${variant.key}-${c.name}`,
                expression: rw(c.expression),
            })),
            variables: policy.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
            validations: policy.validations.map((v) => rewriteValidation(v, rw)),
            auditAnnotations: policy.auditAnnotations.map((a) => ({
                ...a,
                valueExpression: rw(a.valueExpression),
            })),
        };
        out.push({ policy: generated, bindings: base.bindings });
    }
    return out;
}
function rewriteValidation(v, rw) {
    const out = { ...v, expression: rw(v.expression) };
    if (v.message !== undefined)
        out.message = rw(v.message);
    if (v.messageExpression !== undefined)
        out.messageExpression = rw(v.messageExpression);
    return out;
}
/** Splits a ClusterPolicy/Policy into its `validate.cel` rules (run here) and the rules the CLI must run. */
function parseKyvernoPolicy(doc) {
    const name = doc.string(["metadata", "name"], true) ?? "";
    const kind = doc.string(["kind"]) ?? "ClusterPolicy";
    const namespace = kind === "Policy" ? doc.string(["metadata", "namespace"]) : undefined;
    const specAction = failureAction(doc, ["spec", "validationFailureAction"], "audit");
    const onFailure = failurePolicy(doc, ["spec", "failurePolicy"]);
    const parts = { cel: [], cli: [], skipped: [] };
    const controllers = policyControllers(doc);
    const generated = [];
    for (const [i] of doc.list(["spec", "rules"]).entries()) {
        const p = ["spec", "rules", i];
        const rule = doc.string([...p, "name"], true) ?? "";
        const action = failureAction(doc, [...p, "validate", "failureAction"], specAction);
        const where = { policy: name, rule, ...doc.at(p), action };
        if (!doc.object([...p, "validate"])) {
            parts.skipped.push(where);
            continue;
        }
        if (!doc.object([...p, "validate", "cel"])) {
            parts.cli.push(where);
            continue;
        }
        const match = parseKyvernoMatch(doc, [...p, "match"]);
        const exclude = parseKyvernoMatch(doc, [...p, "exclude"]);
        const cel = [...p, "validate", "cel"];
        const fallbackMessage = doc.string([...p, "validate", "message"]);
        const checks = validations(doc, [...cel, "expressions"]).map((v) => v.message === undefined && fallbackMessage !== undefined ? { ...v, message: fallbackMessage } : v);
        const source = {
            rule,
            match,
            exclude,
            matchConditions: namedExpressions(doc, [...p, "celPreconditions"], "condition"),
            variables: namedExpressions(doc, [...cel, "variables"]),
            validations: checks,
            auditAnnotations: auditAnnotations(doc, [...cel, "auditAnnotations"]),
        };
        if (checks.length === 0)
            throw doc.fail([...cel, "expressions"], "needs at least one expression");
        const common = {
            kind,
            name,
            namespace,
            at: doc.at(p),
            failurePolicy: onFailure,
            action,
            paramKind: paramKind(doc, [...cel, "paramKind"]),
            paramRef: paramRef(doc, [...cel, "paramRef"]),
        };
        parts.cel.push(celRule(common, source));
        for (const g of autogenRules(rule, match, exclude, controllers)) {
            const rw = g.rewrite;
            generated.push(celRule(common, {
                rule: g.name,
                match: g.match,
                exclude: g.exclude,
                matchConditions: source.matchConditions.map((c) => ({ ...c, expression: rw(c.expression) })),
                variables: source.variables.map((v) => ({ ...v, expression: rw(v.expression) })),
                validations: source.validations.map((v) => rewriteValidation(v, rw)),
                auditAnnotations: source.auditAnnotations.map((a) => ({
                    ...a,
                    valueExpression: rw(a.valueExpression),
                })),
            }));
        }
    }
    // Once Kyverno generates rules, it drops any hand-written rule named like a generated one.
    if (generated.length > 0) {
        parts.cel = parts.cel.filter((b) => !b.policy.rule?.startsWith("autogen-"));
        parts.cel.push(...generated);
    }
    return parts;
}
function celRule(common, source) {
    const { namespace, paramKind: kindOfParams, paramRef: ref } = common;
    const { match, exclude } = source;
    const policy = {
        kind: common.kind,
        name: common.name,
        rule: source.rule,
        at: common.at,
        failurePolicy: common.failurePolicy,
        // A namespaced Policy only ever applies to its own namespace.
        matches: (r, ctx) => (namespace === undefined || r.ref.namespace === namespace) && kyvernoMatches(match, exclude, r, ctx),
        matchConditions: source.matchConditions,
        variables: source.variables,
        validations: source.validations,
        auditAnnotations: source.auditAnnotations,
        celVariables: ADMISSION_VARIABLES,
    };
    if (kindOfParams)
        policy.paramKind = kindOfParams;
    const binding = { name: source.rule, at: common.at, actions: [common.action] };
    if (ref)
        binding.paramRef = ref;
    return { policy, bindings: [binding] };
}
/** Kyverno's Enforce/Audit (any case) as our deny/audit. */
function failureAction(doc, path, fallback) {
    const v = doc.string(path);
    if (v === undefined)
        return fallback;
    if (/^enforce$/i.test(v))
        return "deny";
    if (/^audit$/i.test(v))
        return "audit";
    throw doc.fail(path, `must be Enforce or Audit, got "${v}"`);
}

;// CONCATENATED MODULE: ./packages/policy/src/load/document.ts


/**
 * One YAML document being read as a policy: typed accessors that turn every
 * malformed field into a UserError naming `file:line` and the field's path.
 */
class DocReader {
    yaml;
    doc;
    constructor(yaml, doc) {
        this.yaml = yaml;
        this.doc = doc;
    }
    get file() {
        return this.yaml.file;
    }
    /** Where the document (or the field at `path`) starts. */
    at(path = []) {
        return { file: this.yaml.file, line: (0,src_yaml/* lineAt */.mh)(this.yaml, this.doc, path) };
    }
    fail(path, message) {
        const at = this.at(path);
        const field = path.length ? `${formatPath(path)} ` : "";
        return new errors/* UserError */.yo(`${at.file}:${at.line}: ${field}${message}`, at.file, at.line);
    }
    get(path) {
        let v = this.doc.value;
        for (const p of path) {
            if (typeof v !== "object" || v === null)
                return undefined;
            v = v[p];
        }
        return v;
    }
    string(path, required = false) {
        const v = this.get(path);
        if (v === undefined || v === null) {
            if (required)
                throw this.fail(path, "is required");
            return undefined;
        }
        if (typeof v !== "string")
            throw this.fail(path, "must be a string");
        if (required && v === "")
            throw this.fail(path, "must not be empty");
        return v;
    }
    strings(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
            throw this.fail(path, "must be a list of strings");
        return v;
    }
    list(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v))
            throw this.fail(path, "must be a list");
        return v;
    }
    object(path) {
        const v = this.get(path);
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== "object" || Array.isArray(v))
            throw this.fail(path, "must be a map");
        return v;
    }
    oneOf(path, allowed, fallback) {
        const v = this.string(path);
        if (v === undefined)
            return fallback;
        if (!allowed.includes(v))
            throw this.fail(path, `must be one of ${allowed.join(", ")}, got "${v}"`);
        return v;
    }
}
/** `spec.validations[0].expression` */
function formatPath(path) {
    return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

;// CONCATENATED MODULE: ./packages/policy/src/load/policies.ts









const policies_MANIFEST = /\.(ya?ml|json)$/i;
/** Files in the policies folder that are never policies. */
const NOT_POLICIES = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]);
/**
 * Reads every manifest and Rego file under `dir` (recursively, skipping hidden folders and
 * `skip`, the waivers file). Paths in the result and in messages are relative to `repo`.
 */
function loadPolicies(repo, dir, skip) {
    const set = {
        cel: [],
        kyvernoRules: [],
        kyvernoFiles: [],
        kyvernoExceptions: [],
        rego: [],
        objects: [],
        findings: [],
    };
    const vaps = new Map();
    const bindings = [];
    const skipPath = skip ? (0,external_node_path_.resolve)(repo, skip) : undefined;
    for (const path of (0,walk/* walkFiles */.F)((0,external_node_path_.resolve)(repo, dir))) {
        if (path === skipPath)
            continue;
        const file = (0,external_node_path_.relative)(repo, path).split(external_node_path_.sep).join("/");
        if (path.endsWith(".rego")) {
            if (!path.endsWith("_test.rego"))
                set.rego.push(path);
            continue;
        }
        if (!policies_MANIFEST.test(path) || NOT_POLICIES.has(path.slice(path.lastIndexOf(external_node_path_.sep) + 1)))
            continue;
        const yaml = (0,src_yaml/* loadYamlFile */.Y3)(path, file);
        let kyvernoCli = false;
        for (const document of yaml.documents) {
            const doc = new DocReader(yaml, document);
            const apiVersion = doc.get(["apiVersion"]);
            const kind = doc.get(["kind"]);
            if (typeof apiVersion !== "string" || typeof kind !== "string")
                continue;
            const group = apiVersion.split("/")[0] ?? "";
            if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicy") {
                const policy = parseVap(doc);
                if (vaps.has(policy.name))
                    throw doc.fail(["metadata", "name"], `ValidatingAdmissionPolicy "${policy.name}" is defined twice`);
                vaps.set(policy.name, { policy, bindings: [] });
            }
            else if (group === VAP_GROUP && kind === "ValidatingAdmissionPolicyBinding") {
                bindings.push(parseVapBinding(doc));
            }
            else if (group === "policies.kyverno.io" && kind === "ValidatingPolicy") {
                set.cel.push(...parseValidatingPolicies(doc));
            }
            else if (group === "kyverno.io" && (kind === "ClusterPolicy" || kind === "Policy")) {
                const parts = parseKyvernoPolicy(doc);
                set.cel.push(...parts.cel);
                set.kyvernoRules.push(...parts.cli);
                kyvernoCli ||= parts.cli.length > 0;
                for (const s of parts.skipped)
                    set.findings.push(note(s.file, s.line, `${kind} ${s.policy}/${s.rule} is not a validation rule; the policy check skips it`));
            }
            else if (group === "kyverno.io" && kind === "PolicyException") {
                if (!set.kyvernoExceptions.includes(path))
                    set.kyvernoExceptions.push(path);
            }
            else {
                const r = toResource(document.value, { file, line: document.line });
                if (r)
                    set.objects.push(r);
            }
        }
        if (kyvernoCli)
            set.kyvernoFiles.push(path);
    }
    for (const b of bindings) {
        const target = vaps.get(b.policyName);
        if (target)
            target.bindings.push(b);
        else
            set.findings.push(warn(b.at.file, b.at.line, `ValidatingAdmissionPolicyBinding ${b.name} names the policy "${b.policyName}", which is not in the policies folder`));
    }
    for (const { policy, bindings: bound } of vaps.values()) {
        if (bound.length === 0) {
            set.findings.push(warn(policy.at.file, policy.at.line, `ValidatingAdmissionPolicy ${policy.name} has no binding, so Kubernetes never enforces it`));
            continue;
        }
        set.cel.push({ policy, bindings: bound });
    }
    return set;
}
/** True when `dir` (relative to `repo`) is a folder. */
function isFolder(repo, dir) {
    try {
        return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(repo, dir)).isDirectory();
    }
    catch {
        return false;
    }
}
/** The policies folder must exist when it was asked for by name. */
function requireFolder(repo, dir, flag) {
    if (!isFolder(repo, dir))
        throw new UserError(`${flag} ${dir}: no such folder`, dir);
}
function warn(file, line, message) {
    return { tool: "policy", rule: "policy/configuration", severity: "warning", message, file, line };
}
function note(file, line, message) {
    return { tool: "policy", rule: "policy/configuration", severity: "notice", message, file, line };
}

// EXTERNAL MODULE: ./packages/tools/src/index.ts + 5 modules
var tools_src = __webpack_require__(4255);
;// CONCATENATED MODULE: ./packages/policy/src/adapters/conftest.ts



/** The argument list: never a shell, so nothing in a path or policy reaches one. */
function conftestArgs(o) {
    const args = ["test", "--no-color", "--output", "json"];
    for (const dir of o.policyDirs)
        args.push("--policy", dir);
    if (o.allNamespaces)
        args.push("--all-namespaces");
    else
        for (const ns of o.namespaces)
            args.push("--namespace", ns);
    for (const d of o.data)
        args.push("--data", d);
    if (o.combine)
        args.push("--combine");
    args.push("--", ...o.inputs.map((i) => i.path));
    return args;
}
/**
 * Runs conftest on the inputs and maps its JSON output to results: failures are errors,
 * warnings warnings, and Rego `exception` rules notices. A rule that returns `_loc`
 * (`{"msg": ..., "_loc": {"file": ..., "line": ...}}`) sets the finding's file and line.
 */
async function runConftest(o) {
    const run = await (0,tools_src/* runTool */.qI)(o.binary, conftestArgs(o), {
        cwd: o.repo,
        timeoutMs: o.timeoutMs,
        ...(o.env ? { env: o.env } : {}),
    });
    if (run.timedOut)
        throw new errors/* UserError */.yo(`conftest did not finish within ${o.timeoutMs / 1000} s`);
    let parsed;
    try {
        parsed = JSON.parse(run.stdout);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
        const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
        throw new errors/* UserError */.yo(`conftest failed (exit ${run.code ?? "killed"}): ${why || "no output"}`);
    }
    return mapConftestOutput(parsed, o);
}
/** Maps parsed `conftest test --output json` to results. */
function mapConftestOutput(checks, o) {
    const out = [];
    for (const check of checks) {
        const filename = typeof check.filename === "string" ? check.filename : "";
        const input = o.inputs.find((i) => i.path === filename || i.file === filename || (0,external_node_path_.resolve)(o.repo, filename) === i.path);
        const groups = [
            [check.failures, "error", "deny"],
            [check.warnings, "warning", "warn"],
            [check.exceptions, "notice", "exception"],
        ];
        for (const [results, severity, fallbackRule] of groups) {
            for (const r of results ?? []) {
                const query = typeof r.metadata?.query === "string" ? r.metadata.query : "";
                const [namespace, rule] = splitQuery(query, typeof check.namespace === "string" ? check.namespace : "main", fallbackRule);
                const msg = typeof r.msg === "string" && r.msg ? r.msg : query;
                const finding = {
                    tool: "policy",
                    rule: `${namespace}/${rule}`,
                    severity,
                    message: `${namespace}/${rule}: ${conftest_oneLine(msg)}${severity === "notice" ? " (Rego exception)" : ""}`,
                };
                if (input) {
                    finding.file = input.file;
                    if (input.target !== undefined)
                        finding.target = input.target;
                }
                const loc = r.loc ?? r.metadata?._loc;
                if (loc && typeof loc.file === "string" && loc.file !== "")
                    finding.file = repoPath(o.repo, loc.file);
                const line = Number(loc?.line);
                if (Number.isInteger(line) && line > 0)
                    finding.line = line;
                out.push({ finding, policy: namespace, rule, waivable: severity !== "notice" });
            }
        }
    }
    return out;
}
/** `data.main.deny` → [main, deny]; `data.a.b.warn_x` → [a.b, warn_x]. */
function splitQuery(query, namespace, fallback) {
    const m = /^data\.(.+)\.([^.]+)$/.exec(query);
    return m?.[1] && m[2] ? [m[1], m[2]] : [namespace, fallback];
}
function repoPath(repo, file) {
    if (!(0,external_node_path_.isAbsolute)(file))
        return file.split(external_node_path_.sep).join("/");
    const rel = (0,external_node_path_.relative)(repo, file);
    return rel.startsWith("..") ? file : rel.split(external_node_path_.sep).join("/");
}
function conftest_oneLine(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/adapters/kyverno.ts



/** The argument list for one input file; no shell ever sees it. */
function kyvernoArgs(o, input) {
    const args = ["apply", ...o.policyFiles, "--resource", input.path];
    for (const e of o.exceptionFiles)
        args.push("--exception", e);
    args.push("--policy-report", "--output-format", "json", "--remove-color");
    return args;
}
/**
 * Runs `kyverno apply ... --policy-report` once per input file (so every result maps back to one
 * target) and turns the report into results. `fail` takes the rule's failureAction (Enforce: an
 * error, Audit: a notice), `warn` is a warning, `error` an error; `pass` and `skip` say nothing.
 * Results of rules evaluated in-process (validate.cel) are dropped: those are ours.
 */
async function runKyverno(o) {
    const out = [];
    for (const input of o.inputs) {
        const run = await (0,tools_src/* runTool */.qI)(o.binary, kyvernoArgs(o, input), {
            cwd: o.repo,
            timeoutMs: o.timeoutMs,
            ...(o.env ? { env: o.env } : {}),
        });
        if (run.timedOut)
            throw new errors/* UserError */.yo(`kyverno did not finish within ${o.timeoutMs / 1000} s`);
        const results = parseReports(run.stdout);
        if (!results) {
            const why = (run.stderr.trim() || run.stdout.trim()).split("\n").slice(0, 3).join(" ");
            throw new errors/* UserError */.yo(`kyverno apply failed (exit ${run.code ?? "killed"}): ${why || "no policy report"}`);
        }
        out.push(...mapKyvernoResults(results, input, o.rules));
    }
    return out;
}
/**
 * The results of every report in the CLI's output: JSON (one report or a list) or YAML documents.
 * Lines before the first report (notes about skipped policies) are ignored; undefined when
 * there is no report at all.
 */
function parseReports(stdout) {
    const start = stdout.search(/^(\{|\[|apiVersion:)/m);
    if (start < 0)
        return undefined;
    const text = stdout.slice(start);
    let docs;
    try {
        const json = JSON.parse(text);
        docs = Array.isArray(json) ? json : [json];
    }
    catch {
        try {
            docs = (0,src_yaml/* parseYaml */.hN)(text, "kyverno output", {
                maxDocuments: 100_000,
                maxBytes: 512 * 1024 * 1024,
            }).documents.map((d) => d.value);
        }
        catch {
            return undefined;
        }
    }
    const reports = docs.filter((d) => typeof d === "object" && d !== null && /PolicyReport$/.test(String(d.kind)));
    if (reports.length === 0)
        return undefined;
    return reports.flatMap((r) => (Array.isArray(r.results) ? r.results : []));
}
/** Maps report results of one input to results on its objects. */
function mapKyvernoResults(results, input, rules) {
    const out = [];
    for (const r of results) {
        const status = String(r.result);
        if (status !== "fail" && status !== "warn" && status !== "error")
            continue;
        const policy = (typeof r.policy === "string" ? r.policy : "").replace(/^.*\//, "");
        const reported = typeof r.rule === "string" ? r.rule : "";
        // Kyverno's autogen turns a Pod rule into `autogen-<rule>` / `autogen-cronjob-<rule>` for controllers.
        const rule = reported.replace(/^autogen-(cronjob-)?/, "");
        const known = rules.find((x) => x.policy === policy && x.rule === rule);
        if (!known)
            continue;
        const severity = status === "warn" ? "warning" : status === "error" ? "error" : kyverno_SEVERITY[known.action];
        const message = kyverno_oneLine(typeof r.message === "string" && r.message ? r.message : `rule ${reported} ${status}ed`);
        for (const ref of r.resources?.length ? r.resources : [undefined]) {
            const resource = ref
                ? input.resources.find((x) => x.ref.kind === ref.kind &&
                    x.ref.name === ref.name &&
                    (x.ref.namespace ?? "") === (ref.namespace ?? ""))
                : undefined;
            const finding = {
                tool: "policy",
                rule: `${policy}/${rule}`,
                severity,
                message: `${policy}/${rule}: ${status === "error" ? "could not evaluate: " : ""}${message}`,
            };
            if (resource) {
                finding.resource = resource.ref;
                if (resource.origin.target !== undefined)
                    finding.target = resource.origin.target;
            }
            else {
                finding.file = known.file;
                finding.line = known.line;
            }
            const result = { finding, policy, rule, waivable: true };
            if (resource)
                result.resource = resource;
            out.push(result);
        }
    }
    return out;
}
const kyverno_SEVERITY = { deny: "error", warn: "warning", audit: "notice" };
function kyverno_oneLine(text) {
    const flat = text.replace(/[\r\n]+/g, " ").trim();
    return flat.length > 1000 ? `${flat.slice(0, 997)}...` : flat;
}

;// CONCATENATED MODULE: ./packages/policy/src/external.ts




/**
 * Runs the policies that need an external tool: Kyverno pattern/anyPattern/deny rules through
 * the kyverno CLI and Rego through conftest. A policy whose tool is not installed fails the run
 * with a UserError naming the policies and how to install the tool: it never passes silently.
 */
async function runExternalEngines(policies, inputs, o) {
    const repo = (0,external_node_path_.resolve)(o.repo);
    const timeoutMs = o.config.timeout * 1000;
    const env = o.env ?? process.env;
    const results = [];
    const files = inputs.files.filter((f) => f.resources.length > 0);
    let kyverno = false;
    let conftest = false;
    if (policies.kyvernoRules.length > 0) {
        const binary = (0,tools_src/* findTool */.SG)("kyverno", env);
        if (!binary) {
            const names = [
                ...new Set(policies.kyvernoRules.map((r) => `${r.policy}/${r.rule} (${r.file}:${r.line})`)),
            ];
            throw (0,tools_src/* missingToolsError */.yS)(["kyverno"], `run the Kyverno pattern/anyPattern/deny rules ${names.join(", ")}`);
        }
        kyverno = true;
        results.push(...(await runKyverno({
            binary,
            repo,
            policyFiles: policies.kyvernoFiles,
            exceptionFiles: [
                ...policies.kyvernoExceptions,
                ...o.config.kyverno.exceptions.map((e) => (0,external_node_path_.resolve)(repo, e)),
            ],
            rules: policies.kyvernoRules,
            inputs: files.map((f) => ({ path: (0,external_node_path_.resolve)(repo, f.path), resources: f.resources })),
            timeoutMs,
            env,
        })));
    }
    if (policies.rego.length > 0) {
        const binary = (0,tools_src/* findTool */.SG)("conftest", env);
        if (!binary) {
            const names = policies.rego.map((p) => (0,external_node_path_.relative)(repo, p));
            throw (0,tools_src/* missingToolsError */.yS)(["conftest"], `run the Rego policies ${names.join(", ")}`);
        }
        conftest = true;
        const c = o.config.conftest;
        results.push(...(await runConftest({
            binary,
            repo,
            policyDirs: [(0,external_node_path_.resolve)(repo, o.dir)],
            namespaces: c.namespaces,
            allNamespaces: c.allNamespaces,
            data: c.data.map((d) => (0,external_node_path_.resolve)(repo, d)),
            combine: c.combine,
            inputs: files.map((f) => ({
                path: (0,external_node_path_.resolve)(repo, f.path),
                file: f.file,
                ...(f.target !== undefined ? { target: f.target } : {}),
            })),
            timeoutMs,
            env,
        })));
    }
    return { results, kyverno, conftest };
}

;// CONCATENATED MODULE: ./packages/policy/src/waivers.ts





const ENTRY_KEYS = ["policy", "rule", "match", "reason", "owner", "expires"];
const MATCH_KEYS = ["target", "apiVersion", "kind", "namespace", "name"];
/**
 * Reads the waivers file; a missing file means no waivers. Any malformed entry (unknown key,
 * missing reason/owner/expires, a date that is not YYYY-MM-DD, an empty match) is a UserError
 * naming `file:line`.
 */
function loadWaivers(repo, file) {
    const path = (0,external_node_path_.resolve)(repo, file);
    if (!(0,external_node_fs_.existsSync)(path))
        return [];
    const yaml = (0,src_yaml/* loadYamlFile */.Y3)(path, file);
    const [, second] = yaml.documents;
    if (second)
        throw new DocReader(yaml, second).fail([], "the waivers file must hold one YAML document");
    const document = yaml.documents[0];
    if (!document || document.value === null)
        return [];
    const doc = new DocReader(yaml, document);
    const top = document.value;
    if (typeof top !== "object" || Array.isArray(top))
        throw doc.fail([], "must be a map with an `exceptions` list");
    for (const key of Object.keys(top)) {
        if (key !== "exceptions")
            throw doc.fail([key], `unknown key; the waivers file holds only "exceptions"`);
    }
    return doc.list(["exceptions"]).map((_, i) => readWaiver(doc, ["exceptions", i]));
}
function readWaiver(doc, p) {
    const entry = doc.object(p);
    if (!entry)
        throw doc.fail(p, "must be a map");
    for (const key of Object.keys(entry)) {
        if (!ENTRY_KEYS.includes(key))
            throw doc.fail([...p, key], `unknown key; allowed: ${ENTRY_KEYS.join(", ")}`);
    }
    const match = {};
    const m = doc.object([...p, "match"]);
    if (!m)
        throw doc.fail([...p, "match"], "is required: name the target or the resource the waiver covers");
    for (const key of Object.keys(m)) {
        if (!MATCH_KEYS.includes(key))
            throw doc.fail([...p, "match", key], `unknown key; allowed: ${MATCH_KEYS.join(", ")}`);
    }
    for (const key of MATCH_KEYS) {
        const v = doc.string([...p, "match", key]);
        if (v !== undefined && v !== "")
            match[key] = v;
    }
    if (Object.keys(match).length === 0)
        throw doc.fail([...p, "match"], "must name a target or resource fields");
    const expires = doc.string([...p, "expires"], true) ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) ||
        Number.isNaN(Date.parse(`${expires}T00:00:00Z`)) ||
        new Date(`${expires}T00:00:00Z`).toISOString().slice(0, 10) !== expires) {
        throw doc.fail([...p, "expires"], `must be a date as YYYY-MM-DD (quote it), got "${expires}"`);
    }
    const waiver = {
        policy: doc.string([...p, "policy"], true) ?? "",
        match,
        reason: doc.string([...p, "reason"], true) ?? "",
        owner: doc.string([...p, "owner"], true) ?? "",
        expires,
        at: doc.at(p),
    };
    const rule = doc.string([...p, "rule"]);
    if (rule !== undefined && rule !== "")
        waiver.rule = rule;
    return waiver;
}
/** True once the day after `expires` has begun (UTC). */
function isExpired(waiver, now) {
    return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
}
function glob(pattern, value) {
    if (pattern === undefined)
        return true;
    if (value === undefined)
        return false;
    return pattern === value || (0,dist_esm/* minimatch */.xF)(value, pattern, { dot: true, nocomment: true, nonegate: true });
}
/** True when the waiver covers this result. */
function waiverCovers(w, r) {
    if (!r.waivable || w.policy !== r.policy)
        return false;
    if (w.rule !== undefined && w.rule !== (r.rule ?? r.policy))
        return false;
    const ref = r.finding.resource;
    return (glob(w.match.target, r.finding.target) &&
        glob(w.match.apiVersion, ref?.apiVersion) &&
        glob(w.match.kind, ref?.kind) &&
        glob(w.match.namespace, ref?.namespace) &&
        glob(w.match.name, ref?.name));
}
/**
 * Applies waivers: a covered finding becomes a notice naming its waiver; an expired waiver is
 * an error (and covers nothing); with `reportUnused`, a live waiver that covered nothing is a
 * warning (a partial run, such as `--manifests`, leaves it off).
 */
function applyWaivers(results, waivers, options) {
    const live = waivers.filter((w) => !isExpired(w, options.now));
    const used = new Set();
    const out = [];
    let waived = 0;
    for (const r of results) {
        const w = live.find((x) => waiverCovers(x, r));
        if (!w) {
            out.push(r.finding);
            continue;
        }
        used.add(w);
        waived += 1;
        out.push({
            ...r.finding,
            severity: "notice",
            message: `${r.finding.message} [waived by ${w.at.file}:${w.at.line}, owner ${w.owner}, expires ${w.expires}: ${w.reason}]`,
        });
    }
    for (const w of waivers) {
        const base = { tool: "policy", file: w.at.file, line: w.at.line };
        if (isExpired(w, options.now)) {
            out.push({
                ...base,
                rule: "policy/waiver-expired",
                severity: "error",
                message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) expired on ${w.expires}; fix the violation or renew the waiver`,
            });
        }
        else if (options.reportUnused && !used.has(w)) {
            out.push({
                ...base,
                rule: "policy/waiver-unused",
                severity: "warning",
                message: `the waiver for ${w.policy}${w.rule ? `/${w.rule}` : ""} (owner ${w.owner}) matches no finding; remove it`,
            });
        }
    }
    return { findings: out, waived };
}

// EXTERNAL MODULE: ./packages/core/src/model/scope.ts
var model_scope = __webpack_require__(4651);
// EXTERNAL MODULE: ./packages/render/src/output.ts
var output = __webpack_require__(6817);
// EXTERNAL MODULE: ./packages/render/src/private.ts
var src_private = __webpack_require__(6049);
;// CONCATENATED MODULE: ./packages/policy/src/inputs/scoped.ts




/**
 * The inputs of a check of some targets only: a change's (a pre-commit hook) or a shard's. A
 * binding's namespaceSelector needs the labels of the Namespaces an env renders, which live in the
 * env's shared targets (clusters/<env>, environments/<env>), so those come along as context.
 *
 * `rendered` says render/ already holds the targets (a shard: validate rendered them); then only
 * context render/ lacks renders, privately. Otherwise targets and context render privately, and
 * render/ is left as the last full render left it.
 */
async function scopedInputs(model, targets, options) {
    const envs = new Set(model.targets.filter((t) => targets.has(t.id)).map((t) => t.env));
    const context = new Set(model.targets.filter((t) => !targets.has(t.id) && !t.service && envs.has(t.env)).map((t) => t.id));
    const existing = options.rendered ? (0,output/* readIndex */.vY)((0,external_node_path_.join)(model.repo, "render")).targets : [];
    const usable = existing.filter((e) => (targets.has(e.id) || context.has(e.id)) &&
        (e.status !== "ok" || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(model.repo, e.output))));
    const have = new Set(usable.filter((e) => e.status === "ok" || targets.has(e.id)).map((e) => e.id));
    const missing = new Set([...targets, ...context].filter((id) => !have.has(id)));
    const own = await (0,src_private/* renderPrivately */.L)({
        repo: model.repo,
        model,
        only: missing,
        ...(options.env ? { env: options.env } : {}),
    });
    const fresh = own.index.targets.filter((e) => missing.has(e.id));
    // Only the checked targets' own render findings: the model's notes about the layout (a generator
    // that needs a cluster or the SCM) are render's and lint's to report, as a full run that finds
    // render/ fresh does not repeat them either.
    const findings = own.findings.filter((f) => f.target !== undefined && targets.has(f.target));
    return {
        entries: [...usable.filter((e) => have.has(e.id)), ...fresh],
        context,
        findings,
        dispose: own.dispose,
    };
}

// EXTERNAL MODULE: ./packages/cache/src/index.ts + 1 modules
var cache_src = __webpack_require__(9762);
;// CONCATENATED MODULE: ./packages/policy/src/target-cache.ts



/**
 * The in-process CEL evaluation, target by target, each target's results from the cache when
 * nothing it depends on changed: its rendered bytes, its input files (findings are located in
 * them), its env and that env's Namespaces, the policies folder, `policy.enforcement`, and the
 * CRDs and param objects of the whole run (a CRD changes a kind's scope, a ConfigMap a param).
 * Waivers are applied later to the union, so unused and expired waivers are still decided over
 * the whole run. The results are those of one pass over `inputs.groups`, in the same order:
 * env by env, and within an env target by target, as the groups were built.
 */
function evaluateTargets(e) {
    // The model's hasher: validate's render and lint hashed these files already in this run.
    const hasher = e.inputs.model ? (0,cache_src/* modelHasher */.vr)(e.inputs.model) : new cache_src/* FileHasher */.gp(e.repo, ["render"]);
    const paramKinds = new Set(e.compiled.flatMap((c) => {
        const k = c.bound.policy.paramKind;
        return k ? [`${k.apiVersion}/${k.kind}`] : [];
    }));
    const cross = [...e.all, ...e.objects];
    // A policies folder that cannot be hashed faithfully (a symlinked folder) is checked uncached.
    const policies = hashOrUndefined(() => hasher.dirWithout(e.dir, (rel) => rel === external_node_path_.posix.normalize(e.exceptions)));
    const shared = {
        policies,
        config: { ...e.config, exceptions: null },
        crds: (0,cache_src/* cacheKey */.k$)(cross
            .filter((r) => r.ref.kind === "CustomResourceDefinition" && r.group === "apiextensions.k8s.io")
            .map((r) => r.object)),
        params: (0,cache_src/* cacheKey */.k$)(cross.filter((r) => paramKinds.has(`${r.ref.apiVersion}/${r.ref.kind}`)).map((r) => [r.ref, r.object])),
    };
    const cache = new cache_src/* TargetResults */.gQ(e.cache, "policy-target", hasher, shared, isTargetPolicy);
    const results = [];
    let evaluations = 0;
    for (const group of e.inputs.groups) {
        const namespaces = (0,cache_src/* cacheKey */.k$)([...group.namespaces.objects]);
        for (const file of e.inputs.files) {
            const entry = file.target === undefined ? undefined : e.inputs.entries.get(file.target);
            if (!entry || entry.env !== group.env)
                continue;
            const fresh = () => {
                const one = runCelPolicies(e.compiled, [{ ...group, resources: file.resources }], e.run);
                for (const r of one.results)
                    if (r.resource && r.finding.file === undefined)
                        e.locator.locate(r.finding, r.resource);
                // What waivers and the report read; the object itself stays out of the entry.
                const kept = one.results.map(({ finding, policy, rule, waivable }) => rule === undefined ? { finding, policy, waivable } : { finding, policy, rule, waivable });
                return { results: kept, evaluations: one.evaluations };
            };
            const graph = e.inputs.model?.graph(entry.id);
            // Unkeyable (a policies folder that cannot be hashed, bytes not read here): checked fresh.
            const one = policies === undefined || file.sha256 === undefined
                ? fresh()
                : cache.through({
                    id: entry.id,
                    source: entry.source,
                    renderedSha256: file.sha256,
                    // The locator searches the graph's files in this order, then the YAML under its folders.
                    inputs: { files: graph?.files ?? [], dirs: graph?.dirs ?? [] },
                    extra: { env: group.env ?? null, namespaces },
                }, fresh);
            for (const r of one.results)
                results.push(r);
            evaluations += one.evaluations;
        }
    }
    return { results, evaluations };
}
function hashOrUndefined(hash) {
    try {
        return hash();
    }
    catch (err) {
        if (err instanceof cache_src/* Unhashable */._J)
            return undefined;
        throw err;
    }
}
/** Whether the results of `runCelPolicies` may be computed target by target (all rendered). */
function perTarget(inputs) {
    return inputs.entries.size > 0 && inputs.files.every((f) => f.target !== undefined);
}
function isTargetPolicy(v) {
    const r = v;
    return (typeof r === "object" &&
        r !== null &&
        typeof r.evaluations === "number" &&
        Array.isArray(r.results) &&
        r.results.every((x) => typeof x.policy === "string" && typeof x.finding === "object"));
}

;// CONCATENATED MODULE: ./packages/policy/src/check.ts





















/**
 * `gitops policy`: runs the policies under `policies/` on the rendered targets (rendering first
 * when render/ is missing or stale) or on the given manifests. CEL policies (Kubernetes
 * ValidatingAdmissionPolicies, Kyverno ValidatingPolicies and `validate.cel` rules) run here;
 * Kyverno pattern/deny rules through the kyverno CLI and Rego through conftest. Waivers from the
 * exceptions file and the per-env enforcement of `.gitops.yaml` apply to all of them.
 */
async function runPolicyCheck(options) {
    const started = performance.now();
    const repo = options.repo;
    if (!isFolder(repo, "."))
        throw new errors/* UserError */.yo(`repository folder ${repo} does not exist`, repo);
    const config = (0,src_config/* loadConfig */.Z9)(repo).config.policy;
    const dir = options.policies ?? config.dir;
    if (options.policies !== undefined && !isFolder(repo, dir))
        throw new errors/* UserError */.yo(`the policies folder ${dir} does not exist`, dir);
    const exceptions = options.exceptions ??
        (options.policies !== undefined ? external_node_path_.posix.join(dir, "exceptions.yaml") : config.exceptions);
    const policies = loadPolicies(repo, dir, exceptions);
    const waivers = loadWaivers(repo, exceptions);
    const findings = [...policies.findings];
    // A required check that had nothing to check must not look like one that passed.
    if (countPolicies(policies) === 0)
        findings.push(noPolicies(dir));
    const inputs = await loadInputs(options, findings, (f) => (0,model_scope/* isUnder */.Jo)(f, dir) || f === exceptions);
    try {
        return await evaluate(options, inputs, policies, findings, { started, waivers, config, dir, exceptions });
    }
    finally {
        inputs.dispose?.();
    }
}
async function evaluate(options, inputs, policies, findings, context) {
    const { started, waivers, config, dir } = context;
    const repo = options.repo;
    const loaded = performance.now();
    const all = inputs.groups.flatMap((g) => g.resources);
    const catalog = new KindCatalog();
    catalog.addDefinitions([...all, ...policies.objects]);
    const compiled = [];
    for (const bound of policies.cel) {
        const { compiled: c, errors } = compilePolicy(bound);
        findings.push(...errors);
        if (c)
            compiled.push(c);
    }
    const run = {
        catalog,
        params: new ParamIndex([...all, ...policies.objects], catalog),
        enforcement: enforcementFor(config.enforcement),
    };
    const locator = new SourceLocator(repo, inputs.entries, inputs.model?.graph.bind(inputs.model));
    const cache = options.cache === false ? undefined : options.cache;
    const { results, evaluations } = cache && perTarget(inputs)
        ? evaluateTargets({
            repo,
            compiled,
            inputs,
            run,
            locator,
            cache,
            dir,
            exceptions: context.exceptions,
            config,
            all,
            objects: policies.objects,
        })
        : runCelPolicies(compiled, inputs.groups, run);
    const evaluated = performance.now();
    const external = await runExternalEngines(policies, inputs, { repo, dir, config, env: options.env });
    results.push(...external.results);
    for (const r of results)
        if (r.resource && r.finding.file === undefined)
            locator.locate(r.finding, r.resource);
    for (const d of enforcementDrift(all, config)) {
        locator.locate(d.finding, d.resource);
        findings.push(d.finding);
    }
    const partial = options.manifests !== undefined ||
        options.environments !== undefined ||
        options.files !== undefined ||
        options.targets !== undefined;
    // Which envs deploy the policies is only known when every target was rendered.
    if (!partial && inputs.model)
        findings.push(...envsWithoutPolicies(inputs.model, all, {
            dir,
            policies: countPolicies(policies),
            enforcementEnvs: enforcementEnvs(config.enforcement),
        }));
    const waived = applyWaivers(results, waivers, { now: options.now ?? new Date(), reportUnused: !partial });
    findings.push(...waived.findings);
    return {
        findings,
        stats: {
            policies: countPolicies(policies),
            resources: all.length,
            targets: inputs.entries.size,
            evaluations,
            waived: waived.waived,
            kyverno: external.kyverno,
            conftest: external.conftest,
            loadMs: Math.round(loaded - started),
            evaluateMs: Math.round(evaluated - loaded),
            ms: Math.round(performance.now() - started),
        },
        ...(options.explain && inputs.model ? { placement: placements(policies, all, inputs.model) } : {}),
    };
}
async function loadInputs(options, findings, policyFile) {
    const repo = options.repo;
    if (options.manifests !== undefined) {
        const resources = loadManifestPaths(repo, options.manifests);
        const env = options.environments?.[0];
        return {
            groups: [
                { ...(env !== undefined ? { env } : {}), resources, namespaces: collectNamespaces(resources) },
            ],
            entries: new Map(),
            files: byFile(repo, resources),
        };
    }
    let model = options.model;
    let scope = options.targets;
    if (options.files) {
        model ??= await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {});
        const cwd = options.cwd !== undefined ? { cwd: options.cwd } : {};
        scope = (0,model_scope/* changeScope */.TQ)(model, options.files, { ...cwd, everything: policyFile }).targets;
    }
    const reported = new Set();
    let scoped;
    if (scope) {
        model ??= await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {});
        scoped = await scopedInputs(model, scope, {
            rendered: options.render === false,
            ...(options.env ? { env: options.env } : {}),
        });
        findings.push(...scoped.findings);
        for (const f of scoped.findings)
            if (f.tool === "render" && f.target)
                reported.add(f.target);
    }
    else if (options.render !== false) {
        const status = await ensureRendered(repo, {
            ...(model ? { model } : {}),
            ...(options.env ? { env: options.env } : {}),
            ...(options.environments ? { environments: options.environments } : {}),
        });
        findings.push(...status.findings);
        model = status.model;
        // A target whose render failed just now is reported once, by the render.
        for (const f of status.findings)
            if (f.tool === "render" && f.target)
                reported.add(f.target);
    }
    else {
        model ??= await (0,load/* loadModel */.c)(repo, options.env ? { env: options.env } : {});
    }
    const context = scoped?.context ?? new Set();
    const loaded = loadRenderedTargets(repo, options.environments, scope && new Set([...scope, ...context]), scoped?.entries);
    findings.push(...loaded.findings.filter((f) => !(f.target && (reported.has(f.target) || context.has(f.target)))));
    const targets = loaded.targets.filter((t) => !context.has(t.entry.id));
    const envs = [...new Set(targets.map((t) => t.entry.env))];
    const groups = envs.map((env) => {
        const resources = targets.filter((t) => t.entry.env === env).flatMap((t) => t.resources);
        const around = loaded.targets.filter((t) => t.entry.env === env && context.has(t.entry.id));
        return {
            env,
            resources,
            namespaces: collectNamespaces([...resources, ...around.flatMap((t) => t.resources)]),
        };
    });
    const dispose = scoped?.dispose;
    return {
        model,
        ...(dispose ? { dispose } : {}),
        groups,
        entries: new Map(targets.map((t) => [t.entry.id, t.entry])),
        files: targets.map((t) => ({
            path: (0,external_node_path_.resolve)(repo, t.entry.output),
            file: t.entry.output,
            target: t.entry.id,
            resources: t.resources,
            sha256: t.sha256,
        })),
    };
}
function byFile(repo, resources) {
    const files = new Map();
    for (const r of resources)
        files.set(r.origin.file, [...(files.get(r.origin.file) ?? []), r]);
    return [...files].map(([file, list]) => ({
        path: (0,external_node_path_.resolve)(repo, file),
        file,
        resources: list,
    }));
}
/** The notice of a run with no policy at all: `policy: no policies (nothing checked)`. */
function noPolicies(dir) {
    return {
        tool: "policy",
        rule: "policy/no-policies",
        severity: "notice",
        message: `no policies (nothing checked): ${dir}/ holds no bound ValidatingAdmissionPolicy, no Kyverno policy and no Rego to run; add some, or let "gitops init" write a starter set`,
        file: dir,
    };
}
function countPolicies(set) {
    const names = new Set(set.cel.map((b) => `${b.policy.kind}/${b.policy.name}`));
    for (const r of set.kyvernoRules)
        names.add(`kyverno/${r.policy}`);
    return names.size + (set.rego.length > 0 ? 1 : 0);
}

;// CONCATENATED MODULE: ./packages/core/src/workspace-paths.ts
/**
 * Findings name files relative to the repository; GitHub places annotations (and code scanning
 * places SARIF results) by paths relative to the workspace. When `repo-path` is a folder of the
 * checkout, its path goes in front; a repository outside the workspace cannot be annotated there,
 * so its paths stay as they are.
 */

/**
 * `findings` with each file relative to `workspace` (the runner's working directory by default)
 * instead of `repoPath`. Absolute files inside the workspace become relative too.
 */
function workspace_paths_findingsInWorkspace(findings, repoPath, workspace = process.cwd()) {
    const ws = resolve(workspace);
    const repo = resolve(ws, repoPath);
    return findings.map((f) => {
        if (!f.file)
            return f;
        const rel = relative(ws, resolve(repo, f.file));
        const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
        return outside ? f : { ...f, file: rel.split(sep).join("/") };
    });
}

// EXTERNAL MODULE: ./packages/core/src/reporters/index.ts + 6 modules
var reporters = __webpack_require__(8286);
;// CONCATENATED MODULE: ./packages/policy/src/summary.ts


/** The job summary of a policy check: the shared findings tables plus one line of counts. */
function policySummaryMarkdown(findings, stats, options = {}) {
    const engines = [
        "CEL (in-process)",
        stats.kyverno ? "kyverno CLI" : "",
        stats.conftest ? "conftest" : "",
    ].filter(Boolean);
    const line = `${stats.policies} polic${stats.policies === 1 ? "y" : "ies"} on ${stats.resources} object(s)` +
        (stats.targets ? ` of ${stats.targets} target(s)` : "") +
        `, ${stats.evaluations} evaluation(s), ${stats.waived} waived; engines: ${engines.join(", ")}; ${(stats.ms / 1000).toFixed(2)} s`;
    const body = toSummaryMarkdown(findings, {
        title: "Policy check",
        check: "policy",
        ...(options.failOn ? { failOn: options.failOn } : {}),
        ...(options.repoUrl ? { repoUrl: options.repoUrl } : {}),
        ...(options.sha ? { sha: options.sha } : {}),
    });
    return `${body}\n${line}\n`;
}
/**
 * Findings with paths relative to the workspace instead of the repo, for annotations, when the
 * repo is a folder of the checkout (`repo-path`); a --manifests file outside the repo, named by
 * its absolute path, too. Paths outside the workspace are left alone.
 */
function relativeToWorkspace(findings, workspace, repo) {
    return findingsInWorkspace(findings, repo, workspace);
}

;// CONCATENATED MODULE: ./packages/policy/src/index.ts
/**
 * Policy checks: Kubernetes ValidatingAdmissionPolicies and Kyverno CEL policies evaluated
 * in-process, Kyverno pattern rules through the kyverno CLI, Rego through conftest, with
 * per-env enforcement and expiring waivers.
 */















/***/ })

};
