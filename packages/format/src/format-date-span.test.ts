import {
  type DateSpan,
  FormatError,
  formatDateSpan,
  parseDateSpan,
  safeParseDateSpan,
} from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

const ref = { referenceYear: 2025 };

// GB/T 15834-2011 §4.13: the 一字线 — joins ranges of time (2011年2月3日—10日).
const formats: [DateSpan, Parameters<typeof formatDateSpan>[1], string][] = [
  [{ kind: "day", date: "2025-09-08" }, ref, "9月8日"],
  [{ kind: "day", date: "2024-09-08" }, ref, "2024年9月8日"],
  [{ kind: "day", date: "2025-09-08" }, {}, "2025年9月8日"],
  [{ kind: "range", start: "2025-09-16", end: "2025-09-18" }, ref, "9月16日—18日"],
  [{ kind: "range", start: "2025-09-30", end: "2025-10-02" }, ref, "9月30日—10月2日"],
  [{ kind: "range", start: "2025-12-30", end: "2026-01-02" }, ref, "2025年12月30日—2026年1月2日"],
  [{ kind: "range", start: "2025-12-31", end: "2026-01-01" }, ref, "2025年12月31日—2026年1月1日"],
  [
    { kind: "range", start: "2025-12-31", end: "2026-01-01" },
    { referenceYear: 2026 },
    "2025年12月31日—2026年1月1日",
  ],
  [{ kind: "range", start: "2011-02-03", end: "2011-02-10" }, {}, "2011年2月3日—10日"],
  [
    { kind: "range", start: "2025-09-16", end: "2025-09-18" },
    { ...ref, dash: "至" },
    "9月16日至18日",
  ],
  [
    { kind: "range", start: "2025-09-16", end: "2025-09-18" },
    { ...ref, dash: "－" },
    "9月16日－18日",
  ],
  [{ kind: "range", start: "2025-09-08", end: "2025-09-08" }, ref, "9月8日"],
  [{ kind: "range", start: "2025-01-01", end: "2025-10-31" }, ref, "1月1日—10月31日"],
  [{ kind: "xun", month: "2025-09", part: "late" }, ref, "9月下旬"],
  [{ kind: "xun", month: "2025-09", part: "early" }, ref, "9月上旬"],
  [{ kind: "xun", month: "2025-09", part: "mid" }, ref, "9月中旬"],
  [{ kind: "xun", month: "2024-09", part: "mid" }, ref, "2024年9月中旬"],
  [{ kind: "month", month: "2025-09" }, ref, "9月"],
  [{ kind: "month", month: "2025-09" }, {}, "2025年9月"],
  [{ kind: "year", year: 2025 }, ref, "2025年"],
  [{ kind: "year", year: 2000 }, {}, "2000年"],
];

describe("formatDateSpan", () => {
  test.each(formats)("formatDateSpan: writes %j with %o as %s", (span, options, expected) => {
    expect(formatDateSpan(span, options)).toBe(expected);
  });
  test.each([
    [{ kind: "day", date: "2025-02-29" }, "invalid-date"],
    [{ kind: "range", start: "2025-09-18", end: "2025-09-16" }, "invalid-date-span"],
    [{ kind: "range", start: "2025-09-18", end: "2025-9-20" }, "invalid-date"],
    [{ kind: "xun", month: "2025-09", part: "first" }, "invalid-date-span"],
    [{ kind: "month", month: "2025-13" }, "invalid-date"],
    [{ kind: "year", year: 0 }, "invalid-date"],
    [{ kind: "year", year: 2025.5 }, "invalid-date"],
    [{ kind: "week" }, "invalid-date-span"],
  ])("formatDateSpan: rejects %j with %s", (span, code) => {
    expect(() => formatDateSpan(span as DateSpan, ref)).toThrow(expect.objectContaining({ code }));
  });
});

const iso = fc
  .date({
    min: new Date(Date.UTC(1, 0, 1)),
    max: new Date(Date.UTC(9999, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const span: fc.Arbitrary<DateSpan> = fc.oneof(
  iso.map((date) => ({ kind: "day" as const, date })),
  fc
    .tuple(iso, iso)
    .filter(([a, b]) => a !== b)
    .map((pair) => {
      const [start = "", end = ""] = pair.sort();
      return { kind: "range" as const, start, end };
    }),
  fc
    .tuple(iso, fc.constantFrom("early", "mid", "late") as fc.Arbitrary<"early">)
    .map(([d, part]) => ({ kind: "xun" as const, month: d.slice(0, 7), part })),
  iso.map((d) => ({ kind: "month" as const, month: d.slice(0, 7) })),
  fc.integer({ min: 1, max: 9999 }).map((year) => ({ kind: "year" as const, year })),
);

describe("parseDateSpan", () => {
  test.each([
    ["9月8日", { kind: "day", date: "2025-09-08" }],
    ["9月16日—18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日-18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16—18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日至18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日~18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日～18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日－18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日——18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日 — 18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月16日—9月18日", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
    ["9月30日—10月2日", { kind: "range", start: "2025-09-30", end: "2025-10-02" }],
    ["2025年12月30日—2026年1月2日", { kind: "range", start: "2025-12-30", end: "2026-01-02" }],
    ["12月31日—1月1日", { kind: "range", start: "2025-12-31", end: "2026-01-01" }],
    ["1—10月", { kind: "range", start: "2025-01-01", end: "2025-10-31" }],
    ["1至8月", { kind: "range", start: "2025-01-01", end: "2025-08-31" }],
    ["2024年1—2月", { kind: "range", start: "2024-01-01", end: "2024-02-29" }],
    ["9月下旬", { kind: "xun", month: "2025-09", part: "late" }],
    ["9月上旬", { kind: "xun", month: "2025-09", part: "early" }],
    ["九月中旬", { kind: "xun", month: "2025-09", part: "mid" }],
    ["9月", { kind: "month", month: "2025-09" }],
    ["9月份", { kind: "month", month: "2025-09" }],
    ["2025年9月", { kind: "month", month: "2025-09" }],
    ["2025年", { kind: "year", year: 2025 }],
    ["二〇二五年", { kind: "year", year: 2025 }],
    ["2025年9月8日", { kind: "day", date: "2025-09-08" }],
    ["9 月 8 日", { kind: "day", date: "2025-09-08" }],
    ["2025-09-08", { kind: "day", date: "2025-09-08" }],
    ["2025-09-16至2025-09-18", { kind: "range", start: "2025-09-16", end: "2025-09-18" }],
  ] as const)("parseDateSpan: reads %s", (text, expected) => {
    expect(parseDateSpan(text, ref)).toEqual(expected);
  });
  test.each([
    ["9月18日—16日", "invalid-date-span"],
    ["9月31日", "invalid-date"],
    ["2月30日—3月1日", "invalid-date"],
    ["16日", "invalid-date-span"],
    ["9月16日—10月", "invalid-date-span"],
    ["9月上旬—中旬", "invalid-date-span"],
    ["9月1日—2日—3日", "invalid-date-span"],
    ["abc", "invalid-date-span"],
    ["", "invalid-date-span"],
  ])("parseDateSpan: refuses %s with %s", (text, code) => {
    expect(() => parseDateSpan(text, ref)).toThrow(expect.objectContaining({ code }));
  });
  test("parseDateSpan: asks for a reference year when the text has none", () => {
    expect(() => parseDateSpan("9月下旬")).toThrow(
      expect.objectContaining({ code: "missing-reference-year" }),
    );
    expect(parseDateSpan("2025年9月下旬")).toEqual({ kind: "xun", month: "2025-09", part: "late" });
  });
  test("parseDateSpan: reads back every span formatDateSpan writes, with or without a reference year", () => {
    fc.assert(
      fc.property(
        span,
        fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
        fc.constantFrom("—", "－", "至") as fc.Arbitrary<"—">,
        (s, referenceYear, dash) => {
          const options = referenceYear === undefined ? { dash } : { referenceYear, dash };
          expect(parseDateSpan(formatDateSpan(s, options), options)).toEqual(s);
        },
      ),
    );
  });
  test("parseDateSpan: throws nothing but FormatError on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[\d年月日旬上中下—\-至 ]{0,14}$/)),
        (s) => {
          const r = safeParseDateSpan(s, ref);
          if (!r.success) expect(r.error).toBeInstanceOf(FormatError);
        },
      ),
    );
  });
});
