import type { DateSpan } from "@bulletin/schema";

/**
 * A month a title names without its year (`9月全国环保举报办理情况公布`, `生态环境部通报11月全国…`,
 * `8月份…`): not a span's end (`1-9月`, `前7月`, `首7月`), a day (`9月3日`), a month's end (`9月底`) or
 * a 旬. Group 1 the month.
 */
const YEARLESS_TITLE_MONTH = /(?<![\d年\-—–~～至到前首])(\d{1,2})月份?(?![\d日号號底末初上中下旬])/;
/** A year in the title (`2018年`), or another year named by its place (`去年`, `明年`…). */
const TITLE_YEAR = /\d{4}\s*年|[去明前上次后後]年/;

/**
 * `9月全国环保举报办理情况公布` over `2018年1-9月全国微信举报量…。2018年9月，平台共录入…`: a title
 * naming a month without its year ({@link YEARLESS_TITLE_MONTH}) over a report whose period was
 * found to be the months from January to that month (the year's count so far, stated first), when
 * the opening also states that month with its year as its own (`2018年9月，…`; not where a count
 * stops, `截至2018年9月`): the month the title names, in that year. Any other period, or a title
 * or opening that does not so, keeps `period`.
 */
export function titleMonthOfMonths(
  period: DateSpan,
  titles: readonly (string | undefined)[],
  opening: readonly string[],
): DateSpan {
  if (period.kind !== "range" || !period.start.endsWith("-01-01")) return period;
  const year = period.start.slice(0, 4);
  const month = Number(period.end.slice(5, 7));
  if (period.end.slice(0, 4) !== year || month < 2) return period;
  const named = titles.some((title) => {
    if (title === undefined || TITLE_YEAR.test(title)) return false;
    const m = YEARLESS_TITLE_MONTH.exec(title);
    return m !== null && Number(m[1]) === month;
  });
  if (!named) return period;
  const own = new RegExp(
    `(?<![至止迄])${year}\\s*年\\s*0?${month}\\s*月份?(?![\\d日号號底末初上中下])`,
  );
  if (!opening.some((t) => own.test(t))) return period;
  return { kind: "month", month: `${year}-${String(month).padStart(2, "0")}` };
}
