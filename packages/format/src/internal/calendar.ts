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
 * so the fields are read by position: no array of substrings per date (a quarter of a
 * layout's time went to `split("-").map(Number)`).
 */
export const splitIso = (s: string): [number, number, number] => [
  Number(s.slice(0, 4)),
  Number(s.slice(5, 7)),
  Number(s.slice(8, 10)),
];
