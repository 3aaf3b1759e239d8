import type { DateSpan } from "./date-span";
import { daysInMonth, isDate, isoDate } from "./internal/calendar";
import { fail } from "./internal/fail";
import { normalize } from "./internal/normalize";
import { numericDates, readDate, yearOf } from "./internal/read-date";
import { safe } from "./internal/safe";
import type { ParseDateOptions } from "./parse-date";
import type { SafeParseResult } from "./safe-parse-result";

const FN = "parseDateSpan";
const PARTS = ["early", "mid", "late"] as const;

/**
 * Reads a written date span into a {@link DateSpan}: `9月8日`, `9月16日—18日`,
 * `9月30日—10月2日`, `2025年12月30日—2026年1月2日`, `9月下旬`, `9月`, `2025年`, `2025年9月`, and
 * the variants people type: `-` `－` `~` `～` `至` `到` for the dash (GB/T 15834-2011 reads them as
 * non-standard), `9月16—18日`, `9月份`, Chinese numerals, stray spaces. `1—10月` reads as the
 * range from 1 January to 31 October. A range whose end falls before its start in the year
 * (`12月31日—1月1日`) ends in the next year.
 *
 * @param text - the span
 * @param options - {@link ParseDateOptions}: `referenceYear` for text without a year
 * @returns the span
 * @throws {FormatError} `invalid-date-span` for text that is not a span, `invalid-date` for a
 *   date that does not exist, `missing-reference-year`
 *
 * @example
 * ```ts
 * parseDateSpan("9月16日-18日", { referenceYear: 2025 });
 * //=> { kind: "range", start: "2025-09-16", end: "2025-09-18" }
 * ```
 */
export function parseDateSpan(text: string, options: ParseDateOptions = {}): DateSpan {
  const [l = "", r, more] = numericDates(normalize(text)).split(/[—―–‒‐~〜-]+|至|到/);
  let a = readDate(l);
  const b = r === undefined ? r : readDate(r);
  if (
    !a ||
    more !== undefined ||
    (r !== undefined && (!b || a.x !== undefined || b.x !== undefined))
  ) {
    return fail(
      FN,
      "invalid-date-span",
      ["a span like 9月16日—18日", "形如“9月16日—18日”的日期或时段"],
      text,
    );
  }
  const check = (y: number, m: number, d: number): string =>
    isDate(y, m, d)
      ? isoDate(y, m, d)
      : fail(FN, "invalid-date", ["real dates", "真实存在的日期"], text);
  if (b && b.d === undefined && a.m === undefined) a = { y: a.y, m: a.d };
  const y = a.y ?? (a.m === undefined ? a.y : yearOf(FN, a.y, options, text));
  if (!b) {
    if (a.m === undefined || y === undefined) {
      if (a.d === undefined && y !== undefined) {
        check(y, 1, 1);
        return { kind: "year", year: y };
      }
    } else if (a.d !== undefined) return { kind: "day", date: check(y, a.m, a.d) };
    else {
      const month = check(y, a.m, 1).slice(0, 7);
      return a.x === undefined
        ? { kind: "month", month }
        : { kind: "xun", month, part: PARTS[a.x] as "early" };
    }
  } else if (a.m !== undefined && y !== undefined && (a.d === undefined) === (b.d === undefined)) {
    const m2 = b.m ?? a.m;
    const d = a.d ?? 1;
    const d2 = b.d ?? 0;
    const y2 = b.y ?? (b.m !== undefined && m2 * 100 + d2 < a.m * 100 + d ? y + 1 : y);
    const start = check(y, a.m, d);
    const end = check(y2, m2, d2 || daysInMonth(y2, m2));
    if (start > end)
      fail(
        FN,
        "invalid-date-span",
        ["a range that ends on or after its start", "结束不早于开始的时段"],
        text,
      );
    return { kind: "range", start, end };
  }
  return fail(
    FN,
    "invalid-date-span",
    ["a span like 9月16日—18日", "形如“9月16日—18日”的日期或时段"],
    text,
  );
}

/**
 * {@link parseDateSpan} without throwing.
 *
 * @example
 * ```ts
 * safeParseDateSpan("9月下旬", { referenceYear: 2025 });
 * //=> { success: true, data: { kind: "xun", month: "2025-09", part: "late" } }
 * ```
 */
export const safeParseDateSpan = (
  text: string,
  options?: ParseDateOptions,
): SafeParseResult<DateSpan> => safe(parseDateSpan, text, options);
