// The CEL environment admission expressions run in: @bufbuild/cel plus the Kubernetes libraries,
// one library at a time, and the rule that nothing unsupported ever passes silently.
import { describe, expect, it } from "vitest";
import {
  CelCompileError,
  CelEvalError,
  compileCel,
  fromCelValue,
  toCelValue,
} from "../../packages/policy/src/index.js";

const VARS = ["object", "params"];
const object = toCelValue({
  metadata: { name: "web", labels: { app: "web", tier: "frontend" } },
  spec: {
    replicas: 3,
    ratio: 0.5,
    containers: [
      { name: "a", image: "ghcr.io/x/a:1.0" },
      { name: "b", image: "b" },
    ],
  },
});

function run(expression: string): unknown {
  return fromCelValue(compileCel(expression, VARS).evaluate({ object, params: null }));
}

function cases(table: [string, unknown][]) {
  for (const [expression, expected] of table) {
    it(`${expression} == ${JSON.stringify(expected)}`, () => {
      expect(run(expression)).toEqual(expected);
    });
  }
}

describe("manifest values", () => {
  cases([
    ["object.spec.replicas + 1", 4],
    ["object.spec.replicas * 2 == 6", true],
    ["object.spec.ratio * 2.0", 1],
    ["type(object.spec.replicas) == int", true],
    ["size(object.spec.containers)", 2],
    ["has(object.spec.replicas) && !has(object.spec.paused)", true],
    ["'app' in object.metadata.labels", true],
  ]);
});

describe("strings extension", () => {
  cases([
    ["'a,b,c'.split(',')", ["a", "b", "c"]],
    ["['a', 'b'].join('-')", "a-b"],
    ["'MiXed'.lowerAscii() + 'MiXed'.upperAscii()", "mixedMIXED"],
    ["'a-b-c'.replace('-', '+')", "a+b+c"],
    ["'  pad '.trim()", "pad"],
    ["'banana'.indexOf('an') + 'banana'.lastIndexOf('an')", 4],
    ["'kubernetes'.substring(4, 7)", "rne"],
    ["'abc'.charAt(1)", "b"],
    ["'abc'.reverse()", "cba"],
    [
      "'%s has %d containers'.format([object.metadata.name, size(object.spec.containers)])",
      "web has 2 containers",
    ],
    ["strings.quote('a\"b')", '"a\\"b"'],
  ]);
});

describe("lists library", () => {
  cases([
    ["[1, 2, 2, 5].isSorted()", true],
    ["[3, 1].isSorted()", false],
    ["[1, 2, 3].sum()", 6],
    ["[1.5, 2.5].sum()", 4],
    ["[4, 2, 9].min()", 2],
    ["['b', 'c', 'a'].max()", "c"],
    ["['a', 'b', 'a'].indexOf('a')", 0],
    ["['a', 'b', 'a'].lastIndexOf('a')", 2],
    ["['a', 'b'].indexOf('z')", -1],
    ["[1, 1, 2].distinct()", [1, 2]],
    ["[[1], [2, 3]].flatten()", [1, 2, 3]],
    ["[3, 1, 2].sort()", [1, 2, 3]],
    ["[1, 2, 3, 4].slice(1, 3)", [2, 3]],
    ["lists.range(3)", [0, 1, 2]],
  ]);
  it("min() of an empty list is an evaluation error", () => {
    expect(() => run("[].min()")).toThrow(CelEvalError);
  });
});

describe("regex library", () => {
  cases([
    ["'image:1.2.3'.find('[0-9.]+$')", "1.2.3"],
    ["'no digits'.find('[0-9]+')", ""],
    ["'a1b22c333'.findAll('[0-9]+')", ["1", "22", "333"]],
    ["'a1b22c333'.findAll('[0-9]+', 2)", ["1", "22"]],
    ["'ABC'.find('(?i)b')", "B"],
    ["'registry.io/app:v1'.matches('^[a-z.]+/[a-z]+:v[0-9]+$')", true],
  ]);
  it("an invalid RE2 pattern is an evaluation error", () => {
    expect(() => run("'x'.find('(')")).toThrow(CelEvalError);
  });
});

describe("url library", () => {
  cases([
    ["url('https://user@example.com:8443/a/b?x=1&x=2&y').getScheme()", "https"],
    ["url('https://example.com:8443/a/b').getHost()", "example.com:8443"],
    ["url('https://[::1]:80/').getHostname()", "::1"],
    ["url('https://example.com:8443/a/b').getPort()", "8443"],
    ["url('https://example.com/a%20b/c').getEscapedPath()", "/a%20b/c"],
    ["url('https://example.com/?x=1&x=2&y').getQuery()", { x: ["1", "2"], y: [""] }],
    ["url('/relative/path').getEscapedPath()", "/relative/path"],
    ["isURL('https://example.com') && !isURL('not a url') && !isURL('relative/path')", true],
  ]);
});

describe("quantity library", () => {
  cases([
    ["quantity('1Gi') == quantity('1024Mi')", true],
    ["quantity('1G').isLessThan(quantity('1Gi'))", true],
    ["quantity('500m').isGreaterThan(quantity('0.4'))", true],
    ["quantity('1.5').add(quantity('500m')).asInteger()", 2],
    ["quantity('2').sub(1).asInteger()", 1],
    ["quantity('1k').compareTo(quantity('1000'))", 0],
    ["quantity('1e3').asInteger()", 1000],
    ["quantity('-5').sign()", -1],
    ["quantity('250m').isInteger()", false],
    ["quantity('250m').asApproximateFloat()", 0.25],
    ["isQuantity('100Mi') && !isQuantity('100MB')", true],
  ]);
  it("asInteger() of a fraction and quantity() of garbage are evaluation errors", () => {
    expect(() => run("quantity('250m').asInteger()")).toThrow(CelEvalError);
    expect(() => run("quantity('lots')")).toThrow(/quantities must match/);
  });
});

describe("ip and cidr libraries", () => {
  cases([
    ["ip('10.0.0.1').family()", 4],
    ["ip('2001:db8::1').family()", 6],
    ["ip('127.0.0.1').isLoopback() && ip('::1').isLoopback()", true],
    ["ip('169.254.1.1').isLinkLocalUnicast() && ip('fe80::1').isLinkLocalUnicast()", true],
    ["ip('224.0.0.5').isLinkLocalMulticast()", true],
    ["ip('8.8.8.8').isGlobalUnicast() && !ip('0.0.0.0').isGlobalUnicast()", true],
    ["ip('0.0.0.0').isUnspecified()", true],
    ["ip.isCanonical('2001:db8::1') && !ip.isCanonical('2001:DB8:0:0::1')", true],
    ["string(ip('2001:db8:0:0:0:0:2:1'))", "2001:db8::2:1"],
    ["isIP('10.0.0.256') || isIP('::ffff:1.2.3.4') || isIP('fe80::1%eth0')", false],
    ["cidr('10.0.0.0/8').containsIP(ip('10.20.30.40'))", true],
    ["cidr('10.0.0.0/8').containsIP('11.0.0.1')", false],
    ["cidr('10.0.0.0/8').containsCIDR('10.1.0.0/16')", true],
    ["cidr('10.1.0.0/16').containsCIDR(cidr('10.0.0.0/8'))", false],
    ["string(cidr('192.168.7.9/24').masked())", "192.168.7.0/24"],
    ["cidr('192.168.7.9/24').prefixLength()", 24],
    ["string(cidr('2001:db8::1/64').ip())", "2001:db8::1"],
    ["isCIDR('10.0.0.0/33')", false],
  ]);
});

describe("optional types", () => {
  cases([
    ["object.?spec.?paused.orValue(false)", false],
    ["object.?spec.replicas.orValue(1)", 3],
    ["object.?status.?ready.hasValue()", false],
    ["object.metadata.labels[?'tier'].orValue('none')", "frontend"],
    ["object.metadata.labels[?'team'].orValue('none')", "none"],
    ["object.spec.containers[?5].hasValue()", false],
    ["optional.of(1).value() + optional.none().orValue(2)", 3],
    ["optional.ofNonZeroValue('').hasValue()", false],
    ["optional.none().or(optional.of('x')).value()", "x"],
    ["[?optional.none(), 1, ?optional.of(2)]", [1, 2]],
    ["{'a': 1, ?'b': optional.none(), ?'c': optional.of(3)}", { a: 1, c: 3 }],
    ["'text with .? and [? inside' + ''", "text with .? and [? inside"],
    ["object.spec.replicas > 1 ? 'many' : 'one'", "many"],
  ]);
  it("value() of none is an evaluation error", () => {
    expect(() => run("optional.none().value()")).toThrow(CelEvalError);
  });
});

describe("semver library", () => {
  cases([
    ["semver('1.2.3').major() + semver('1.2.3').minor() + semver('1.2.3').patch()", 6],
    ["semver('1.10.0').isGreaterThan(semver('1.9.9'))", true],
    ["semver('1.0.0-rc.1').isLessThan(semver('1.0.0'))", true],
    ["semver('1.0.0-alpha.2').compareTo(semver('1.0.0-alpha.10'))", -1],
    ["semver('1.0.0+build.1') == semver('1.0.0+build.2')", true],
    ["isSemver('1.2.3') && !isSemver('v1.2.3') && !isSemver('1.2')", true],
  ]);
});

describe("format, sets and bindings", () => {
  cases([
    ["format.dns1123Label().validate('web-1').hasValue()", false],
    ["format.dns1123Label().validate('Web_1').value()", ["must be a DNS-1123 label"]],
    ["format.named('qualifiedName').value().validate('example.com/name').hasValue()", false],
    ["format.named('nope').hasValue()", false],
    ["sets.contains([1, 2, 3], [3, 1])", true],
    ["sets.equivalent(['a', 'b'], ['b', 'a', 'a'])", true],
    ["sets.intersects(['a'], ['b'])", false],
    ["cel.bind(n, object.spec.replicas, n * n)", 9],
    ["object.spec.containers.map(c, c.name).join(',')", "a,b"],
    ["object.spec.containers.exists_one(c, c.image.contains(':'))", true],
  ]);
});

describe("what is not supported fails, never passes", () => {
  it("names an unsupported function at compile time", () => {
    expect(() => compileCel("math.greatest(1, 2) > 0", VARS)).toThrow(
      new CelCompileError('unsupported function "math.greatest"'),
    );
    expect(() => compileCel("object.spec.containers.sortBy(c, c.name)", VARS)).toThrow(
      /unsupported function "sortBy"/,
    );
  });

  it("refuses the authorizer, which needs a live cluster", () => {
    expect(() =>
      compileCel("authorizer.group('apps').resource('deployments').check('create').allowed()", VARS),
    ).toThrow(/authorizer\) need a live cluster/);
  });

  it("refuses an undeclared variable and a syntax error", () => {
    expect(() => compileCel("oldObject.spec", VARS)).toThrow(/undeclared reference to "oldObject"/);
    expect(() => compileCel("object.spec.(", VARS)).toThrow(/syntax error/);
  });

  it("reports a missing field as an evaluation error", () => {
    expect(() => run("object.spec.paused")).toThrow(/no such key|not found/);
  });
});
