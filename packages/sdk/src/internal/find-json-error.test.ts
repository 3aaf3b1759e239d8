import fc from "fast-check";
import { expect, test } from "vitest";
import { findJsonError } from "./find-json-error";

test.each([
  ["nope", 1],
  ['{"a": tru}', 9],
  ['{"a": 1,, }', 8],
  ['{"a" 1}', 5],
  ["[1, 2", 5],
  ['"abc', 4],
  ['"a\\x"', 3],
  ["01", 1],
  ["[1] 2", 4],
  ["", 0],
])("findJsonError: finds where %j stops being JSON (offset %i)", (text, offset) => {
  expect(findJsonError(text)).toBe(offset);
});

test("findJsonError: accepts exactly what JSON.parse accepts (property)", () => {
  const mutated = fc
    .tuple(
      fc.json(),
      fc.nat(),
      fc.constantFrom("", "{", "}", "[", "]", ",", ":", '"', "\\", "x", "1"),
    )
    .map(([json, at, insert]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + insert + json.slice(i);
    });
  fc.assert(
    fc.property(fc.oneof(fc.json(), mutated), (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      const offset = findJsonError(text);
      if (valid) expect(offset).toBe(-1);
      else expect(offset).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: 2000 },
  );
});
