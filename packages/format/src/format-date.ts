import { isDate, isoDay, isoMonth, isoYear, monthDay } from "./internal/calendar";
import { fail } from "./internal/fail";
import { oneOf } from "./internal/options";
import { toChineseNumber } from "./to-chinese-number";

const STYLES = ["arabic", "chinese"];
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * A calendar date as numbers: `{ year: 2025, month: 11, day: 10 }`.
 *
 * @example
 * ```ts
 * const date: CalendarDate = { year: 2025, month: 11, day: 10 };
 * formatDate(date); //=> "2025年11月10日"
 * ```
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Options of {@link formatDate}.
 *
 * @example
 * ```ts
 * const options: FormatDateOptions = { style: "chinese", year: false };
 * formatDate("2025-11-10", options); //=> "十一月十日"
 * ```
 */
export interface FormatDateOptions {
  /** `arabic` (default, GB/T 9704-2012: 2025年11月10日) or `chinese` (the 1999 style: 二〇二五年十一月十日). */
  style?: "arabic" | "chinese";
  /** Whether to write the year (default `true`); `false` gives 11月10日. */
  year?: boolean;
}

/**
 * Writes a date as official documents do (GB/T 9704-2012 §7.3.5.4, GB/T 15835-2011 §4.1.1):
 * full year, no zero padding, `2025年11月10日`; or in Chinese numerals with 〇 for zero in the
 * year, `二〇二五年十一月十日`. A `Date` is read in local time.
 *
 * @param date - `YYYY-MM-DD`, a `Date` or a {@link CalendarDate}
 * @param options - {@link FormatDateOptions}
 * @returns the written date
 * @throws {FormatError} `invalid-date` for anything that is not a real date (years 1–9999),
 *   `invalid-option`
 *
 * @example
 * ```ts
 * formatDate("2025-11-10");
 * //=> "2025年11月10日"
 * formatDate("2025-11-10", { style: "chinese" });
 * //=> "二〇二五年十一月十日"
 * ```
 */
export function formatDate(
  date: string | Date | CalendarDate,
  options: FormatDateOptions = {},
): string {
  const style = options.style;
  if (style !== undefined) oneOf("formatDate", "style", style, STYLES);
  // Fields read in place: no array, and no closure unless the style is chinese.
  let y: unknown;
  let m: unknown;
  let d: unknown;
  if (typeof date === "string") {
    if (ISO_DATE.test(date)) {
      y = isoYear(date);
      m = isoMonth(date);
      d = isoDay(date);
    }
  } else if (date instanceof Date) {
    y = date.getFullYear();
    m = date.getMonth() + 1;
    d = date.getDate();
  } else {
    y = date?.year;
    m = date?.month;
    d = date?.day;
  }
  if (!isDate(y as number, m as number, d as number)) {
    fail(
      "formatDate",
      "invalid-date",
      ["a real date YYYY-MM-DD", "真实存在的日期（YYYY-MM-DD）"],
      date,
    );
  }
  const noYear = options.year === false;
  if (style !== "chinese") {
    const md = monthDay(m as number, d as number);
    return noYear ? md : `${y}年${md}`;
  }
  const digits = String(y).replace(/\d/g, (x) => "〇一二三四五六七八九"[+x] as string);
  return `${noYear ? "" : `${digits}年`}${toChineseNumber(m as number)}月${toChineseNumber(d as number)}日`;
}
