import type { DateSpan } from "@bulletin/schema";
import { monthsOfYear } from "./opening-period";

/**
 * A first sentence framing its year (`2021年是“十四五”规划开局之年，…。`), then a sentence opening with
 * the months from January without their year (`1-5月，`, `1至4月全区…`, `1—10月`): not `1-5月底`, nor
 * `1-5月以来`.
 */
const FRAMED_YEAR_MONTHS =
  /^(\d{4})年是[^。！？!?]{2,120}?。\s*1\s*[-—–~～至到]\s*(\d{1,2})月份?(?![底末]|以[来來])(?=[，,]|\p{Script=Han})/u;

/**
 * The months from January of `period`'s year that a report's first paragraph counts when its first
 * sentence frames that year and its second opens with those months ({@link FRAMED_YEAR_MONTHS}):
 * `2021年是“十四五”开局之年，…。1-5月，市属国企实现营业收入…` reports January to May, not the year.
 * Any other period, or a paragraph that does not open so, keeps `period`.
 */
export function framedYearMonths(period: DateSpan, opening: readonly string[]): DateSpan {
  if (period.kind !== "year") return period;
  const first = opening.find((t) => /[，。,]/.test(t));
  const m = first === undefined ? null : FRAMED_YEAR_MONTHS.exec(first.trimStart());
  if (m === null || Number(m[1]) !== period.year) return period;
  const to = Number(m[2]);
  return to < 12 ? (monthsOfYear(period.year, 1, to) ?? period) : period;
}
