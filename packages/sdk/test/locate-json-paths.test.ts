import { locateJsonPaths } from "@bulletin/sdk";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isJsonSpace, isSpaceOrBom } from "../src/internal/json-text";

describe("locateJsonPaths", () => {
  const text =
    '{\n  "issue": {"number": 0, "publishedOn": "2025-11-10"},\n  "a": [1, {"b": "x"}]\n}';
  test.each([
    [["issue", "number"], text.indexOf("0,")],
    [["issue", "publishedOn"], text.indexOf('"2025')],
    [["issue", "year"], text.indexOf('{"number"')],
    [["a", 1, "b"], text.indexOf('"x"')],
    [["a", 5], text.indexOf("[1")],
    [[], 0],
  ] as const)(
    "locateJsonPaths: finds %j at its value (or the nearest enclosing one)",
    (path, at) => {
      expect(locateJsonPaths(text, [path])).toEqual([at]);
    },
  );

  test("locateJsonPaths: reads the value at start, after a byte-order mark, in a feed of records", () => {
    const feed = '{"n": 1}\n\uFEFF{"n": 2}\n';
    const start = feed.indexOf("\uFEFF");
    expect(locateJsonPaths(feed, [["n"]], { start })).toEqual([feed.indexOf("2}")]);
  });

  test("locateJsonPaths: every path of a JSON value points at that value's first character", () => {
    const leaves = (
      v: unknown,
      path: (string | number)[] = [],
    ): [(string | number)[], unknown][] =>
      Array.isArray(v)
        ? v.flatMap((x, k) => leaves(x, [...path, k]))
        : typeof v === "object" && v !== null
          ? Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]))
          : [[path, v]];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2, "\t"), (v, indent) => {
        // JSON.stringify drops a key "__proto__" into the prototype on parse: compare parsed text.
        const text = JSON.stringify(v, null, indent);
        const value = JSON.parse(text);
        const found = leaves(value);
        const offsets = locateJsonPaths(
          text,
          found.map(([path]) => path),
        );
        found.forEach(([, leaf], k) => {
          expect(text.slice(offsets[k])).toMatch(
            new RegExp(`^${escapeRegExp(JSON.stringify(leaf))}`),
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("json-text: isJsonSpace is exactly what JSON.parse skips, on every UTF-16 code unit", () => {
  const skipped: number[] = [];
  const disagree: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    let ok = true;
    try {
      JSON.parse(`[${String.fromCharCode(c)}null]`);
    } catch {
      ok = false;
    }
    if (ok) skipped.push(c);
    // One assertion at the end: 65 536 `expect` calls cost more than the parses.
    if (isJsonSpace(c) !== ok) disagree.push(c);
  }
  expect(disagree).toEqual([]);
  expect(skipped).toEqual([9, 10, 13, 32]);
  expect(isSpaceOrBom(0xfeff)).toBe(true);
  expect(isJsonSpace(0xfeff)).toBe(false);
});
