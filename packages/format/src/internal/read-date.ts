import type { ParseDateOptions } from "../parse-date";
import { fail } from "./fail";
import { canonicalNumerals, readInteger } from "./read-chinese";

/** The parts of one written date: `2025年9月16日` → `{ y: 2025, m: 9, d: 16 }`; 旬 as `x` (0 上, 1 中, 2 下). */
export interface DateParts {
  y?: number | undefined;
  m?: number | undefined;
  d?: number | undefined;
  x?: number | undefined;
}

const num = (s: string | undefined): number | undefined =>
  s === undefined ? s : Number(readInteger(s) ?? Number.NaN);

/**
 * Reads the parts of one written date (normalized text): `2025年9月16日`, `9月16`, `十一月十日`,
 * `二〇二五年`, `9月下旬`, `9月份`; `undefined` if it is not one.
 */
export const readDate = (s: string): DateParts | undefined => {
  const m = /^(?:(\d+)年)?(?:([\d十]+)月份?)?(?:([\d十]+)[日号]?|([上中下])旬)?$/.exec(
    canonicalNumerals(withYearZeros(s)),
  );
  return m?.[0]
    ? { y: num(m[1]), m: num(m[2]), d: num(m[3]), x: m[4] ? "上中下".indexOf(m[4]) : undefined }
    : undefined;
};

/**
 * A year of Chinese digits whose 〇 was typed as a look-alike (`二○○九年`: the circle ○, the
 * letter O, full-width or not), with 〇 in their place; any other text as it is. One digit of
 * the four at least is a Chinese digit other than 〇 (`OOOO年` is no year).
 */
const withYearZeros = (s: string): string =>
  YEAR_LOOKALIKES.test(s) ? s.replace(YEAR_LOOKALIKES, (y) => y.replace(/[○OＯ]/g, "〇")) : s;
const YEAR_LOOKALIKES =
  /^(?=[^年]{0,3}[零一二三四五六七八九])[〇零一二三四五六七八九○OＯ]{4}(?=年)/;

/** Rewrites numeric dates `2025-09-16`, `2025/9/16`, `2025.9.16` as `2025年9月16日`. */
export const numericDates = (s: string): string =>
  s.replace(/(\d{4})[-/.](\d\d?)[-/.](\d\d?)/g, "$1年$2月$3日");

/** The year of the text, else the reference year, else a `missing-reference-year` error. */
export const yearOf = (
  fn: string,
  y: number | undefined,
  options: ParseDateOptions,
  text: string,
): number =>
  y ??
  options.referenceYear ??
  fail(
    fn,
    "missing-reference-year",
    ["a year in the text or options.referenceYear", "文字中的年份或 options.referenceYear"],
    text,
  );
