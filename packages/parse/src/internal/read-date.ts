import { safeParseDate, safeParseDateSpan } from "@bulletin/format";
import type { DateSpan } from "@bulletin/schema";
import { YEAR_RANGE } from "@bulletin/schema/constants";
import { isChineseDigitCode, isDigitCode, unitSet } from "./chars";

const SPAN_CHARS = "年月日号份旬上中下初底末—–-~～至到";
const SPAN_UNITS = unitSet(SPAN_CHARS);

/** A date span read from text. */
export type ReadDate =
  | { kind: "none" }
  | { kind: "date"; value: DateSpan; end: number }
  | { kind: "invalid"; text: string }
  | { kind: "no-year"; text: string };

/**
 * The source of a whole date as pages print it for a regex that holds it: `2021-03-16`,
 * `2021/3/16`, `2021.03.16` (one separator, the same twice) or `2021年3月16日`. `group` is the
 * number the separator's capture group has in that regex (its back-reference names it): a regex
 * of `^${fullDateSource(1)}$` holds `2021-03-16` and not `2021-03/16`.
 */
export const fullDateSource = (group: number): string =>
  `(?:${numericDateSource(group)}|\\d{4}年\\d{1,2}月\\d{1,2}日)`;

/**
 * The source of a date in a site's digits for a regex that holds it: `2021-03-16`, `2021/3/16`,
 * `2021.03.16`, one separator the same twice (`group` numbers its capture group, as in
 * {@link fullDateSource}).
 */
export const numericDateSource = (group: number): string =>
  `\\d{4}([-/.])\\d{1,2}\\${group}\\d{1,2}`;

/** The source of a clock time pages print after a date: `14:13`, `14:13:52`. */
export const CLOCK_SOURCE = "\\d{1,2}:\\d{2}(?::\\d{2})?";

/** Years the model accepts (schema's YEAR_RANGE, 1000–9999): four digits, the first not 0. */
export const inYearRange = (iso: string): boolean => /^[1-9]\d{3}/.test(iso);

/**
 * The Gregorian year of a year of the Republic (民國, year 1 = 1912), as Taiwan's offices date.
 *
 * @example
 * gregorianOfRoc(112); //=> 2023
 */
export const gregorianOfRoc = (year: number): number => year + 1911;
const yearInRange = (year: number): boolean => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

function spanInRange(span: DateSpan): boolean {
  switch (span.kind) {
    case "day":
      return inYearRange(span.date);
    case "range":
      return inYearRange(span.start) && inYearRange(span.end);
    case "year":
      return yearInRange(span.year);
    default:
      return inYearRange(span.month);
  }
}

/**
 * The date span an item or paragraph opens with, followed by `，`: `9月16日—18日，`, `9月下旬，`,
 * `9月，`, `2025年12月30日—2026年1月2日，`. Up to 30 characters.
 */
export function readLeadingDate(text: string, referenceYear: number | undefined): ReadDate {
  let j = 0;
  while (j < text.length && j < 30) {
    const c = text.charCodeAt(j);
    if (!(isDigitCode(c) || isChineseDigitCode(c) || SPAN_UNITS.has(c))) break;
    j++;
  }
  if (j === 0 || text.charCodeAt(j) !== 0xff0c /* ， */) return { kind: "none" };
  const candidate = text.slice(0, j);
  if (!candidate.includes("月") && !candidate.includes("年")) return { kind: "none" };
  if (!/\d/.test(candidate) && !/[〇零一二三四五六七八九十]/.test(candidate))
    return { kind: "none" };
  const parsed = safeParseDateSpan(candidate, referenceYear === undefined ? {} : { referenceYear });
  if (parsed.success) {
    return spanInRange(parsed.data)
      ? { kind: "date", value: parsed.data, end: j }
      : { kind: "invalid", text: candidate };
  }
  if (parsed.error.code === "missing-reference-year") return { kind: "no-year", text: candidate };
  if (parsed.error.code === "invalid-date") return { kind: "invalid", text: candidate };
  return { kind: "none" };
}

/** A whole date `2025年11月10日`, `二〇二五年十一月十日`, `2025-11-10` as `YYYY-MM-DD`. */
export function readFullDate(text: string): string | undefined {
  if (text.length > 24) return undefined;
  const parsed = safeParseDate(text);
  return parsed.success && inYearRange(parsed.data) ? parsed.data : undefined;
}

/** `25.01.2016`, `25/01/2016`: a date printed with its year last. */
const YEAR_LAST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

/**
 * A date printed with its year last, as `YYYY-MM-DD`: with dots the day comes first
 * (`25.01.2016`, as European sites print it); with slashes or dashes only an order the numbers
 * settle is read (`25/01/2016` day first, `01/25/2016` month first; `06/09/2016` is either, so none).
 */
export function readYearLastDate(text: string): string | undefined {
  const m = YEAR_LAST.exec(text.trim());
  if (m === null) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const [day, month] = m[2] === "." || a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
  return day === 0 ? undefined : readFullDate(`${m[4]}年${month}月${day}日`);
}

/**
 * `20211228日`: a date whose 年 and 月 a copy lost, eight digits then 日, as `YYYY-MM-DD`. Only eight
 * digits are read: no digit of such a date can have been lost with them (`201624日` may have been
 * 2016年2月4x日, see `isGarbledDateLine`), and they read as one date at most.
 */
export function readGluedDate(text: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})日$/.exec(text);
  return m === null ? undefined : readFullDate(`${m[1]}年${m[2]}月${m[3]}日`);
}
