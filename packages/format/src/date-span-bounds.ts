import type { DateSpan } from "./date-span";
import { daysInMonth, isDate, isoDate, isoDay, isoMonth, isoYear } from "./internal/calendar";
import { fail } from "./internal/fail";

const FN = "dateSpanBounds";
const MONTH = /^\d{4}-\d\d$/;
const DAY = /^\d{4}-\d\d-\d\d$/;

/** The numbers of a `YYYY-MM` month, or a FormatError. */
const month = (span: DateSpan, m: unknown): [number, number] => {
  const [y, mo] = typeof m === "string" && MONTH.test(m) ? [isoYear(m), isoMonth(m)] : [0, 0];
  return isDate(y, mo, 1)
    ? [y, mo]
    : fail(FN, "invalid-date-span", ["a month YYYY-MM", "月份 YYYY-MM"], span);
};

/** A checked `YYYY-MM-DD` date, or a FormatError. */
const day = (span: DateSpan, d: unknown): string =>
  typeof d === "string" && DAY.test(d) && isDate(isoYear(d), isoMonth(d), isoDay(d))
    ? d
    : fail(FN, "invalid-date-span", ["a date YYYY-MM-DD", "日期 YYYY-MM-DD"], span);

/**
 * The first and last day a span covers, as `YYYY-MM-DD`: a day is its own bounds, a range its
 * start and end (as written, even when reversed), a month its 1st to its last day (29 February in a leap year), a year 1 January
 * to 31 December, and a 旬 by GB/T usage: 上旬 the 1st–10th, 中旬 the 11th–20th, 下旬 the 21st to
 * the month's last day. The one place the toolkit computes the last day of a month.
 *
 * @param span - a date span of the model
 * @returns `[start, end]`
 * @throws {FormatError} `invalid-date-span` for an unknown kind or part, or a date, month or
 *   year that is not real
 *
 * @example
 * ```ts
 * dateSpanBounds({ kind: "xun", month: "2024-02", part: "late" });
 * //=> ["2024-02-21", "2024-02-29"]
 * ```
 */
export function dateSpanBounds(span: DateSpan): [start: string, end: string] {
  switch (span?.kind) {
    case "day": {
      const d = day(span, span.date);
      return [d, d];
    }
    case "range": {
      // As written: a range that ends before it starts is schema lint's `range-reversed`.
      return [day(span, span.start), day(span, span.end)];
    }
    case "month":
    case "xun": {
      const [y, m] = month(span, span.month);
      const last = isoDate(y, m, daysInMonth(y, m));
      if (span.kind === "month") return [isoDate(y, m, 1), last];
      if (span.part === "early") return [isoDate(y, m, 1), isoDate(y, m, 10)];
      if (span.part === "mid") return [isoDate(y, m, 11), isoDate(y, m, 20)];
      if (span.part === "late") return [isoDate(y, m, 21), last];
      return fail(
        FN,
        "invalid-date-span",
        ['a part "early" | "mid" | "late"', '旬 "early" | "mid" | "late"'],
        span,
      );
    }
    case "year": {
      const y = span.year;
      if (!(Number.isInteger(y) && y >= 1 && y <= 9999))
        return fail(FN, "invalid-date-span", ["a year 1–9999", " 1–9999 之间的年份"], span);
      return [isoDate(y, 1, 1), isoDate(y, 12, 31)];
    }
    default:
      return fail(
        FN,
        "invalid-date-span",
        [
          "a span of kind day | range | xun | month | year",
          "种类为 day | range | xun | month | year 的时段",
        ],
        span,
      );
  }
}
