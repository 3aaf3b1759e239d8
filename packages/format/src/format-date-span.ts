import type { DateSpan } from "./date-span";
import { isoDate, splitIso } from "./internal/calendar";
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
  oneOf(FN, "dash", options.dash, ["—", "－", "至"]);
  const ref = options.referenceYear;
  const date = (s: string): [number, number, number] =>
    isValidIsoDate(s) ? splitIso(s) : fail(FN, "invalid-date", "a real date YYYY-MM-DD", s);
  const month = (s: string): [number, number, number] => date(`${s}-01`);
  const year = (y: number, always?: boolean): string => (y === ref && !always ? "" : `${y}年`);
  switch (span?.kind) {
    case "day": {
      const [y, m, d] = date(span.date);
      return `${year(y)}${m}月${d}日`;
    }
    case "range": {
      const [y, m, d] = date(span.start);
      const [y2, m2, d2] = date(span.end);
      if (span.start > span.end)
        fail(FN, "invalid-date-span", "a range that ends on or after its start", span);
      const to = y !== y2 ? `${y2}年${m2}月` : m !== m2 ? `${m2}月` : "";
      return `${year(y, y !== y2)}${m}月${d}日${span.start === span.end ? "" : `${options.dash ?? "—"}${to}${d2}日`}`;
    }
    case "xun": {
      const [y, m] = month(span.month);
      const x = PARTS.indexOf(span.part);
      if (x < 0) fail(FN, "invalid-date-span", "part early | mid | late", span.part);
      return `${year(y)}${m}月${"上中下"[x]}旬`;
    }
    case "month": {
      const [y, m] = month(span.month);
      return `${year(y)}${m}月`;
    }
    case "year":
      return `${date(isoDate(span.year, 1, 1))[0]}年`;
  }
  return fail(FN, "invalid-date-span", "kind day | range | xun | month | year", span);
}
