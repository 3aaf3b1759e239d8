/**
 * `2006年9月份`, `2013年7月`, `2024年1-6月`, `2023年上半年`, `2022年第三季度`, `2021年度`: a period of a
 * year, alone (what a monthly page prints before the name of its report).
 */
const YEAR_PERIOD =
  /^\d{4}年(?:度|\d{1,2}(?:\s*[-—–~～至]\s*\d{1,2})?月份?|[上下]半年|(?:第?[一二三四1-4]|前[二三2-3])季度)?$/;

/** Fewest characters of a report's name said again after its period (`工业增加值`). */
const MIN_NAMED_REPORT = 4;

/**
 * How many characters of `next` print `first` again after a period of a year: `工业增加值` over
 * `2006年9月份工业增加值` (or a table's caption `2006年9月份工业增加值 单位：亿元`, the name's
 * fuller form closed by a space), the page's short name for its report over the report's dated
 * title, which is the headline. Undefined for any other line: the name printed again after words
 * that are no period (`共走访慰问困难群众`, `原标题：…`, `当前位置：首页 > 行业资讯`), or with more after it
 * (`2006年9月份工业增加值情况`).
 *
 * @example
 * datedTitleAgain("社会消费品零售总额", "2013年7月社会消费品零售总额"); //=> 16
 * datedTitleAgain("工作简报", "首页 工作简报"); //=> undefined
 */
export function datedTitleAgain(first: string, next: string): number | undefined {
  if (first.length < MIN_NAMED_REPORT) return undefined;
  const at = next.indexOf(first);
  if (at <= 0) return undefined;
  const end = at + first.length;
  if (end < next.length && next.charAt(end) !== " ") return undefined;
  return YEAR_PERIOD.test(next.slice(0, at).trim()) ? end : undefined;
}
