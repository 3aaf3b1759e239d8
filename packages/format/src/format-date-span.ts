import type { DateSpan } from "./date-span";
import {
  DAY_TEXT,
  isDate,
  isoDate,
  isoDay,
  isoMonth,
  isoYear,
  MONTH_TEXT,
  monthDay,
} from "./internal/calendar";
import { fail } from "./internal/fail";
import { oneOf } from "./internal/options";
import { isValidIsoDate } from "./is-valid-iso-date";

/**
 * Options of {@link formatDateSpan}.
 *
 * @example
 * ```ts
 * const options: FormatDateSpanOptions = { referenceYear: 2025, dash: "至" };
 * formatDateSpan({ kind: "range", start: "2025-09-16", end: "2025-09-18" }, options);
 * //=> "9月16日至18日"
 * ```
 */
export interface FormatDateSpanOptions {
  /** The year the reader assumes (the bulletin's); dates in it are written without their year. Without it every year is written. */
  referenceYear?: number;
  /** The mark between the ends of a range: `—` (default; 一字线, GB/T 15834-2011 §4.13), `－` or `至`. */
  dash?: "—" | "－" | "至";
}

const FN = "formatDateSpan";
const PARTS = ["early", "mid", "late"];
const DASHES = ["—", "－", "至"];

/**
 * Writes a {@link DateSpan} as a bulletin does (GB/T 15834-2011 §4.13, GB/T 15835-2011):
 * `9月8日`; a range with the 一字线 and only what changes after it, `9月16日—18日`,
 * `9月30日—10月2日`, and both years across a year, `2025年12月30日—2026年1月2日`; a 旬,
 * `9月下旬`; a month, `9月`; a year, `2025年`. The year is written when it differs from
 * `referenceYear` (or when none is given). A range that starts and ends on one day is written as
 * that day.
 *
 * @param span - the span
 * @param options - {@link FormatDateSpanOptions}
 * @returns the written span
 * @throws {FormatError} `invalid-date` (a date or month that does not exist),
 *   `invalid-date-span` (an unknown kind or part, a range that ends before it starts), `invalid-option`
 *
 * @example
 * ```ts
 * formatDateSpan({ kind: "range", start: "2025-09-30", end: "2025-10-02" }, { referenceYear: 2025 });
 * //=> "9月30日—10月2日"
 * formatDateSpan({ kind: "xun", month: "2025-09", part: "late" }, { referenceYear: 2025 });
 * //=> "9月下旬"
 * ```
 */
export function formatDateSpan(span: DateSpan, options: FormatDateSpanOptions = {}): string {
  const dash = options.dash;
  if (dash !== undefined) oneOf(FN, "dash", dash, DASHES);
  const ref = options.referenceYear;
  // No closures and no arrays per call: fields are read from the checked strings by position.
  switch (span?.kind) {
    case "day": {
      const d = checkedDate(span.date);
      return yearPrefix(isoYear(d), ref) + monthDay(isoMonth(d), isoDay(d));
    }
    case "range": {
      const a = checkedDate(span.start);
      const b = checkedDate(span.end);
      if (span.start > span.end)
        fail(
          FN,
          "invalid-date-span",
          ["a range that ends on or after its start", "结束不早于开始的时段"],
          span,
        );
      const y = isoYear(a);
      const m = isoMonth(a);
      const head = (y === isoYear(b) ? yearPrefix(y, ref) : `${y}年`) + monthDay(m, isoDay(a));
      if (span.start === span.end) return head;
      const to =
        y !== isoYear(b)
          ? `${isoYear(b)}年${monthDay(isoMonth(b), isoDay(b))}`
          : m !== isoMonth(b)
            ? monthDay(isoMonth(b), isoDay(b))
            : (DAY_TEXT[isoDay(b)] as string);
      return head + (dash ?? "—") + to;
    }
    case "xun": {
      const month = checkedMonth(span.month);
      const x = PARTS.indexOf(span.part);
      if (x < 0)
        fail(
          FN,
          "invalid-date-span",
          ["part early | mid | late", "旬 early | mid | late"],
          span.part,
        );
      return `${yearPrefix(isoYear(month), ref)}${MONTH_TEXT[isoMonth(month)]}${"上中下"[x]}旬`;
    }
    case "month": {
      const month = checkedMonth(span.month);
      return yearPrefix(isoYear(month), ref) + (MONTH_TEXT[isoMonth(month)] as string);
    }
    case "year":
      return `${isoYear(checkedDate(isoDate(span.year, 1, 1)))}年`;
  }
  return fail(
    FN,
    "invalid-date-span",
    ["kind day | range | xun | month | year", "种类 day | range | xun | month | year"],
    span,
  );
}

/** `2024年`, or nothing for the reference year. */
const yearPrefix = (y: number, ref: number | undefined): string => (y === ref ? "" : `${y}年`);

/** A real `YYYY-MM-DD` date, or an `invalid-date` FormatError. */
function checkedDate(s: string): string {
  return isValidIsoDate(s)
    ? s
    : fail(FN, "invalid-date", ["a real date YYYY-MM-DD", "真实存在的日期（YYYY-MM-DD）"], s);
}

const MONTH = /^\d{4}-\d\d$/;

/** A real `YYYY-MM` month, or the error of its first day (`invalid-date`, naming `YYYY-MM-01`). */
function checkedMonth(s: string): string {
  const month = typeof s === "string" ? s : `${s}`;
  if (!(MONTH.test(month) && isDate(isoYear(month), isoMonth(month), 1)))
    checkedDate(`${month}-01`);
  return month;
}
