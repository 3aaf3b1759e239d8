import type { DateSpan } from "@bulletin/schema";

/**
 * `2016-2020年某市医疗机构工作量情况`, `某市2009—2013年…`, `2016年至2020年…`: a title naming a span of
 * whole years reports on all of them, from the first year's first day to the last year's last day.
 * Not a season or a year of work over the turn of a year (`2020-2021年冬春…`, `2013—2014年度…`,
 * `2019-2020学年`), nor a span inside a cited work's name (`参考《2017-2022年中国…报告》`), nor a span whose months follow (`2015-2022年1-7月`: the title's months are read
 * first, elsewhere).
 */
const TITLE_YEAR_SPAN =
  /(?<![\d.])((?:19|20)\d{2})年?\s*[-—–~～至到]\s*((?:19|20)\d{2})年(?![度春夏秋冬\d]|[一二三四]季)/;

/** The span of years the first title that names one states, or undefined. */
export function yearSpanOfTitles(titles: readonly (string | undefined)[]): DateSpan | undefined {
  for (const title of titles) {
    const m = title === undefined ? null : TITLE_YEAR_SPAN.exec(title);
    // `参考…发布《2017-2022年中国…研究报告》`: a span inside a cited work's name is that work's.
    if (
      m === null ||
      (title as string).lastIndexOf("《", m.index) > (title as string).lastIndexOf("》", m.index)
    )
      continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to > from && to - from <= 30)
      return { kind: "range", start: `${from}-01-01`, end: `${to}-12-31` };
  }
  return undefined;
}
