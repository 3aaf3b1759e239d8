import { isDate, isoDay, isoMonth, isoYear } from "./internal/calendar";

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (years 0001–9999, leap years
 * by the Gregorian rule).
 *
 * @param s - the string to check
 * @returns `true` for `2024-02-29`, `false` for `2025-02-29`, `2025-9-1` or `2025-09-01T00:00`
 *
 * @example
 * ```ts
 * isValidIsoDate("2025-02-30");
 * //=> false
 * ```
 */
export function isValidIsoDate(s: string): boolean {
  return typeof s === "string" && ISO_DATE.test(s) && isDate(isoYear(s), isoMonth(s), isoDay(s));
}
