import { isDate, isoDate } from "./internal/calendar";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { numericDates, readDate, yearOf } from "./internal/read-date";
import { safe } from "./internal/safe";
import type { SafeParseResult } from "./safe-parse-result";

/**
 * Options of {@link parseDate} and {@link parseDateSpan}.
 *
 * @example
 * ```ts
 * const options: ParseDateOptions = { referenceYear: 2025 };
 * parseDate("11月10日", options); //=> "2025-11-10"
 * parseDateSpan("9月16日—18日", options); //=> { kind: "range", start: "2025-09-16", end: "2025-09-18" }
 * ```
 */
export interface ParseDateOptions {
  /** The year of a date written without one (`11月10日`); without it such text is an error. */
  referenceYear?: number;
}

/**
 * Reads one date: `2025年11月10日`, `二〇二五年十一月十日` (its 〇 typed as ○ or O too: `二○○九年`), `11月10日` (with
 * `options.referenceYear`), `2025-11-10`, `2025/11/10`, with 号 for 日 and stray spaces.
 *
 * @param text - the date
 * @param options - {@link ParseDateOptions}
 * @returns the date as `YYYY-MM-DD`
 * @throws {FormatError} `invalid-date` for text that is not a real date,
 *   `missing-reference-year` for a date without a year and no `referenceYear`
 *
 * @example
 * ```ts
 * parseDate("二〇二五年十一月十日");
 * //=> "2025-11-10"
 * ```
 */
export function parseDate(text: string, options: ParseDateOptions = {}): string {
  const p = readDate(numericDates(normalize(text)));
  if (!p || p.d === undefined || p.m === undefined) {
    return fail(
      "parseDate",
      "invalid-date",
      ["a date like 2025年11月10日", "形如“2025年11月10日”的日期"],
      text,
    );
  }
  const y = yearOf("parseDate", p.y, options, text);
  if (!isDate(y, p.m, p.d))
    fail("parseDate", "invalid-date", ["a real date", "真实存在的日期"], text);
  return isoDate(y, p.m, p.d);
}

/**
 * {@link parseDate} without throwing.
 *
 * @example
 * ```ts
 * safeParseDate("2025年2月30日").success;
 * //=> false
 * ```
 */
export const safeParseDate = (text: string, options?: ParseDateOptions): SafeParseResult<string> =>
  safe(parseDate, text, options);
