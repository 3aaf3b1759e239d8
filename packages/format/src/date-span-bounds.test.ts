import type { DateSpan } from "@bulletin/format";
import { dateSpanBounds, formatDateSpan, isValidIsoDate } from "@bulletin/format";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

describe("dateSpanBounds", () => {
  test.each([
    [{ kind: "day", date: "2025-09-16" }, ["2025-09-16", "2025-09-16"]],
    [{ kind: "range", start: "2025-09-16", end: "2025-10-02" }, ["2025-09-16", "2025-10-02"]],
    [{ kind: "range", start: "2025-09-18", end: "2025-09-16" }, ["2025-09-18", "2025-09-16"]],
    [{ kind: "xun", month: "2025-09", part: "early" }, ["2025-09-01", "2025-09-10"]],
    [{ kind: "xun", month: "2025-09", part: "mid" }, ["2025-09-11", "2025-09-20"]],
    [{ kind: "xun", month: "2025-09", part: "late" }, ["2025-09-21", "2025-09-30"]],
    [{ kind: "xun", month: "2024-02", part: "late" }, ["2024-02-21", "2024-02-29"]],
    [{ kind: "xun", month: "1900-02", part: "late" }, ["1900-02-21", "1900-02-28"]],
    [{ kind: "xun", month: "2000-02", part: "late" }, ["2000-02-21", "2000-02-29"]],
    [{ kind: "month", month: "2025-12" }, ["2025-12-01", "2025-12-31"]],
    [{ kind: "month", month: "2025-04" }, ["2025-04-01", "2025-04-30"]],
    [{ kind: "year", year: 2025 }, ["2025-01-01", "2025-12-31"]],
    [{ kind: "year", year: 987 }, ["0987-01-01", "0987-12-31"]],
  ] as [DateSpan, [string, string]][])("dateSpanBounds: %j covers %j", (span, bounds) => {
    expect(dateSpanBounds(span)).toEqual(bounds);
  });

  test.each([
    { kind: "day", date: "2025-02-30" },
    { kind: "range", start: "2025-09-18", end: "2025-09-31" },
    { kind: "month", month: "2025-13" },
    { kind: "month", month: "2025-9" },
    { kind: "xun", month: "2025-09", part: "first" },
    { kind: "year", year: 0 },
    { kind: "week", week: 3 },
  ] as unknown as DateSpan[])("dateSpanBounds: refuses %j with invalid-date-span", (span) => {
    expect(() => dateSpanBounds(span)).toThrow(
      expect.objectContaining({ name: "FormatError", code: "invalid-date-span" }),
    );
  });

  test("dateSpanBounds: a month's last day is the day before the next month's first, for every month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
        const [first, last] = dateSpanBounds({ kind: "month", month });
        const lastDay = Number(last.slice(8));
        expect(first).toBe(`${month}-01`);
        expect(isValidIsoDate(last)).toBe(true);
        expect(isValidIsoDate(`${month}-${lastDay + 1}`)).toBe(false);
        expect(dateSpanBounds({ kind: "xun", month, part: "late" })).toEqual([`${month}-21`, last]);
      }),
    );
  });

  test("dateSpanBounds: accepts every span formatDateSpan writes, and start ≤ end", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("early", "mid", "late"),
        (y, m, part) => {
          const span = {
            kind: "xun",
            month: `${y}-${String(m).padStart(2, "0")}`,
            part,
          } as DateSpan;
          expect(() => formatDateSpan(span)).not.toThrow();
          const [start, end] = dateSpanBounds(span);
          expect(start <= end).toBe(true);
        },
      ),
    );
  });
});
