import {
  FormatError,
  parseSectionMarker,
  safeParseSectionMarker,
  sectionMarker,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

// GB/T 9704-2012 §7.3.3 heading levels; GB/T 15834-2011 §4.5: no mark after a bracketed number.
const markers: [1 | 2 | 3 | 4, number, string][] = [
  [1, 1, "一、"],
  [1, 2, "二、"],
  [1, 10, "十、"],
  [1, 11, "十一、"],
  [1, 20, "二十、"],
  [1, 101, "一百零一、"],
  [2, 1, "（一）"],
  [2, 3, "（三）"],
  [2, 10, "（十）"],
  [2, 12, "（十二）"],
  [3, 1, "1."],
  [3, 12, "12."],
  [4, 1, "（1）"],
  [4, 12, "（12）"],
];

describe("sectionMarker", () => {
  test.each(markers)("sectionMarker: writes level %s index %s as %s", (level, index, expected) => {
    expect(sectionMarker(level, index)).toBe(expected);
    expect(parseSectionMarker(expected)).toEqual({ level, index });
  });
  test.each([
    [5, 1],
    [0, 1],
    [1, 0],
    [1, -1],
    [1, 1.5],
    [2, Number.NaN],
  ])("sectionMarker: rejects level %s index %s", (level, index) => {
    expect(() => sectionMarker(level as 1, index)).toThrow(
      expect.objectContaining({ code: "out-of-range" }),
    );
  });
  test("sectionMarker: is read back for every level and index", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1>,
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (level, index) => {
          expect(parseSectionMarker(sectionMarker(level, index))).toEqual({ level, index });
        },
      ),
    );
  });
});

describe("parseSectionMarker", () => {
  test.each([
    ["（一）", 2, 1],
    ["(一)", 2, 1],
    ["(一）", 2, 1],
    ["- (二)", 2, 2],
    ["-(二)", 2, 2],
    ["• （三）", 2, 3],
    ["（一）、", 2, 1],
    ["一、", 1, 1],
    ["一 、", 1, 1],
    ["十二、", 1, 12],
    ["1.", 3, 1],
    ["1．", 3, 1],
    ["1、", 3, 1],
    ["12.", 3, 12],
    ["（1）", 4, 1],
    ["(1)", 4, 1],
    ["( 12 )", 4, 12],
    ["１.", 3, 1],
  ] as const)("parseSectionMarker: reads %s as level %s index %s", (text, level, index) => {
    expect(parseSectionMarker(text)).toEqual({ level, index });
  });
  test.each(["", "一", "1", "（）", "(a)", "a、", "0.", "（零）", "一、二、", "()", "1.5."])(
    "parseSectionMarker: refuses %j",
    (text) => {
      expect(() => parseSectionMarker(text)).toThrow(
        expect.objectContaining({ code: "invalid-section-marker" }),
      );
    },
  );
  test("parseSectionMarker: throws nothing but FormatError on any text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = safeParseSectionMarker(s);
        if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
      }),
    );
  });
});
