/** Days in a month of the proleptic Gregorian calendar. */
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);

/** Whether y-m-d is a real date with a year 1–9999. */
export const isDate = (y: number, m: number, d: number): boolean =>
  y >= 1 &&
  y <= 9999 &&
  m >= 1 &&
  m <= 12 &&
  d >= 1 &&
  d <= daysInMonth(y, m) &&
  !(y % 1 || m % 1 || d % 1);

/** `YYYY-MM-DD` of a valid date. */
export const isoDate = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;

/**
 * The fields of a `YYYY-MM-DD` date (or the year and month of `YYYY-MM`). Callers have matched
 * the shape (`\d{4}-\d\d-\d\d`), so the digits are read by position from their char codes: no
 * substrings, no array and no closure per date (a quarter of a layout's time once went to
 * `split("-").map(Number)`).
 */
export const isoYear = (s: string): number =>
  (s.charCodeAt(0) - 48) * 1000 +
  (s.charCodeAt(1) - 48) * 100 +
  (s.charCodeAt(2) - 48) * 10 +
  (s.charCodeAt(3) - 48);

/** The month of a matched `YYYY-MM-DD` or `YYYY-MM` (see {@link isoYear}). */
export const isoMonth = (s: string): number => (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);

/** The day of a matched `YYYY-MM-DD` (see {@link isoYear}). */
export const isoDay = (s: string): number => (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);

/**
 * `1月` … `12月` and `1日` … `31日`: the text of each month and day number, written once when
 * the module loads (fixed text, like the `上中下` of a 旬), so that a date is two of them
 * joined rather than each number written out and joined with its unit on every call.
 */
export const MONTH_TEXT: readonly string[] = Array.from({ length: 13 }, (_, m) => `${m}月`);
export const DAY_TEXT: readonly string[] = Array.from({ length: 32 }, (_, d) => `${d}日`);

/** `9月16日`: a real date's month (1–12) and day (1–31). */
export const monthDay = (m: number, d: number): string =>
  (MONTH_TEXT[m] as string) + (DAY_TEXT[d] as string);
