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
 * Splits a `YYYY-MM-DD` date into numbers. Callers have matched the shape (`\d{4}-\d\d-\d\d`),
 * so the digits are read by position from their char codes: no substrings and no array of
 * them per date (a quarter of a layout's time went to `split("-").map(Number)`).
 */
export const splitIso = (s: string): [number, number, number] => {
  const d = (k: number): number => s.charCodeAt(k) - 48;
  return [d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3), d(5) * 10 + d(6), d(8) * 10 + d(9)];
};
