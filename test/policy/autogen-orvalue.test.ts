// `orValue` and `or` on receivers that are not optionals, as cel-go's interpreter evaluates them
// (evalOptionalOrValue / evalOptionalOr): a plain value is returned as it is, an empty optional
// gives the fallback, and an error in the receiver stays an error. Kyverno policies lean on this
// (`container.volumeMounts.orValue([])`), so it is part of the autogen work.
import { describe, expect, it } from "vitest";
import { CelEvalError, compileCel, fromCelValue, toCelValue } from "../../packages/policy/src/index.js";

const VARS = ["object", "variables"];
const object = toCelValue({
  spec: {
    containers: [
      { name: "a", image: "a:1", volumeMounts: [{ name: "data" }], resources: { requests: { cpu: "1" } } },
      { name: "b", image: "b:1", resources: {} },
    ],
  },
});

function run(expression: string): unknown {
  return fromCelValue(compileCel(expression, VARS).evaluate({ object, variables: null }));
}

describe("orValue on a value that is not an optional", () => {
  it("returns the value itself", () => {
    expect(run("object.spec.containers[0].volumeMounts.orValue([])")).toEqual([{ name: "data" }]);
    expect(run("object.spec.containers[0].resources.requests.orValue({})")).toEqual({ cpu: "1" });
    expect(run("object.spec.containers[0].name.orValue('x')")).toBe("a");
  });

  it("does not evaluate the fallback when the receiver is kept", () => {
    expect(run("object.spec.containers[0].name.orValue(1 / 0)")).toBe("a");
    expect(run("object.?spec.orValue(1 / 0) != null")).toBe(true);
  });

  it("keeps the receiver's error: a missing field is not a missing optional", () => {
    expect(() => run("object.spec.containers[1].volumeMounts.orValue([])")).toThrow(CelEvalError);
    expect(() => run("object.spec.containers[1].volumeMounts.orValue([])")).toThrow(/no such key/);
  });

  it("works inside macros over containers, as Kyverno policies write it", () => {
    expect(
      run(
        "object.spec.containers.all(c, c.?volumeMounts.orValue([]).all(m, m.name != 'host') && has(c.resources))",
      ),
    ).toBe(true);
    expect(run("object.spec.containers.map(c, c.?resources.?requests.orValue({}).size())")).toEqual([1, 0]);
    expect(run("object.spec.containers.map(c, c.resources.orValue({}).size())")).toEqual([1, 0]);
  });

  it("still unwraps optionals, wherever they come from", () => {
    expect(run("optional.none().orValue(3)")).toBe(3);
    expect(run("optional.of(1).orValue(3)")).toBe(1);
    expect(run("cel.bind(o, object.?nope, o.orValue('fallback'))")).toBe("fallback");
    expect(run("cel.bind(o, object.?spec.?containers, o.orValue([]).size())")).toBe(2);
    expect(run("object.spec.containers[0].name.orValue(object.spec.containers[1].name.orValue('z'))")).toBe(
      "a",
    );
    expect(run("cel.bind(o, optional.none(), o.orValue(object.spec.containers[1].name.orValue('z')))")).toBe(
      "b",
    );
  });
});

describe("or on a value that is not an optional", () => {
  it("returns the value itself, and the fallback only for an empty optional", () => {
    expect(run("object.spec.containers[0].name.or(optional.of('x'))")).toBe("a");
    expect(run("cel.bind(o, object.?nope, o.or(optional.of('x'))).value()")).toBe("x");
    expect(run("cel.bind(o, object.?spec.?containers, o.or(optional.none())).hasValue()")).toBe(true);
    expect(run("object.?nope.or(optional.of(2)).value()")).toBe(2);
  });

  it("keeps selections after an optional's or() optional", () => {
    expect(run("object.?nope.or(object.?spec).containers.hasValue()")).toBe(true);
    expect(run("object.?nope.or(object.?spec).nothing.orValue('none')")).toBe("none");
  });
});
