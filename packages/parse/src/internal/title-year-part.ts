import { dateSpanBounds } from "@bulletin/format";
import type { DateSpan } from "@bulletin/schema";
import { monthsOfYear } from "./opening-period";

/**
 * A part of a year a title names without its year: a quarter (`一季度`, `第二季度`, `3季度`), the first
 * three quarters (`前三季度`), the first half (`上半年`) or a span of months (`1至5月`, `1-9月份`).
 * Groups: 1 the quarter, 2 `上`, 3 `前三`'s 三, 4 and 5 the months.
 */
const TITLE_PART =
  /(?<![\d.])(?:前([三3])季度|第?([一二三四1-4])季度|(上)半年|(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})\s*月)/;
/**
 * A year in the title (`2021年`, `2021 年`), or another year named by its place (`去年`, `明年`…); not
 * a comparison with the same part of last year (`較去年同期減少49.8萬對`), which names no other span.
 */
const TITLE_YEAR = /\d{4}\s*年|[去明前上次后後]年(?!同期)/;

/** The months (first, last) of `part` ({@link TITLE_PART}'s match), when they are months in order. */
function partMonths(part: RegExpExecArray): [number, number] | undefined {
  if (part[1] !== undefined) return [1, 9];
  if (part[2] !== undefined) {
    const n = "一二三四".indexOf(part[2]) + 1 || Number(part[2]);
    return [n * 3 - 2, n * 3];
  }
  if (part[3] !== undefined) return [1, 6];
  const a = Number(part[4]);
  const b = Number(part[5]);
  return a >= 1 && b > a && b <= 12 ? [a, b] : undefined;
}

/**
 * `某省一季度林业产值同比增长12%`, `上半年某市快递业务量达1.3亿件`, `1至5月某省重大项目完成投资1200亿元`,
 * `某局关于 XX 年上半年工作总结`: a title naming a part of the year without its year ({@link TITLE_PART};
 * no year of its own nor another year's, {@link TITLE_YEAR}) over a report whose period was found to
 * be a whole year (`2021年，…`): that part of that year. The same over a narrower span found that
 * ends where the part ends (`今年上半年結婚登記數再創新低` over `《2024年2季度民政統計數據》`, the release of
 * the last quarter): the title's part, of which the span found is the end. A plan for the second
 * half (`下半年工作计划`) names none. Any other period (a span ending elsewhere, several years) is
 * returned as it is.
 */
export function titlePartOfYear(
  period: DateSpan,
  titles: readonly (string | undefined)[],
): DateSpan {
  const [start, end] = dateSpanBounds(period);
  if (start.slice(0, 4) !== end.slice(0, 4)) return period;
  for (const title of titles) {
    if (title === undefined || TITLE_YEAR.test(title)) continue;
    const part = TITLE_PART.exec(title);
    const months = part === null ? undefined : partMonths(part);
    if (months === undefined) continue;
    const whole = monthsOfYear(start.slice(0, 4), months[0], months[1]);
    if (whole === undefined || period.kind === "year") return whole ?? period;
    const [wholeStart, wholeEnd] = dateSpanBounds(whole);
    return wholeEnd === end && wholeStart < start ? whole : period;
  }
  return period;
}
