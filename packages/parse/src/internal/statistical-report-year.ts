import type { DateSpan } from "@bulletin/schema";
import { inYearRange } from "./read-date";

/**
 * `2019知识产权统计年报`, `2015专利统计年报`: a heading opening with a year written without `年`, then
 * a few words (no digit, no mark) ending in `统计年报` (`統計年報`): the year's statistical annual
 * report, whose tables count that year. Near-misses: `2020年度档案事业统计年报工作` (a year with `年`
 * in a sentence: the stated-period rules read it), `2021静安年鉴` (a yearbook records the year before
 * its volume), a year inside a longer line (`…印发的《2023年全国…统计年报》显示`).
 */
const STATISTICAL_REPORT_HEADING =
  /^(\d{4})(?![\d年.\-—–])\s*[\u4e00-\u9fff]{1,12}?(?:统计年报|統計年報)/;

/**
 * The year a statistical annual report's heading names ({@link STATISTICAL_REPORT_HEADING}), the
 * first of `headings` (titles, the first section's) that names one.
 */
export function statisticalReportYear(
  headings: readonly (string | undefined)[],
): DateSpan | undefined {
  for (const heading of headings) {
    const year =
      heading === undefined ? undefined : STATISTICAL_REPORT_HEADING.exec(heading.trim())?.[1];
    if (year !== undefined && inYearRange(`${year}-01-01`))
      return { kind: "year", year: Number(year) };
  }
  return undefined;
}

/**
 * `岳阳统计数据集(2022年)`, `某市统计年鉴（2021）`: a title closing with a statistical yearbook or data
 * set and the year of its volume in brackets. A volume prints the year before its own (its tables'
 * newest column, `2021 年 2020 年` under `(2022年)`): that is the year its tables count. Near-misses:
 * a report's own year in brackets (`政务服务工作简报(2024年)`: that year), a yearbook named in a
 * sentence (`最终核实数以《海棠区统计年鉴—2023》为准`).
 */
const STATISTICAL_YEARBOOK_TITLE =
  /(?:统计年鉴|統計年鑑|统计数据集|統計數據集)\s*[（(]\s*(\d{4})\s*年?\s*[）)]\s*$/;

/** The year a statistical yearbook's volume in a title records ({@link STATISTICAL_YEARBOOK_TITLE}). */
export function statisticalYearbookYear(
  titles: readonly (string | undefined)[],
): DateSpan | undefined {
  for (const title of titles) {
    const volume = title === undefined ? undefined : STATISTICAL_YEARBOOK_TITLE.exec(title)?.[1];
    const year = volume === undefined ? undefined : Number(volume) - 1;
    if (year !== undefined && inYearRange(`${year}-01-01`)) return { kind: "year", year };
  }
  return undefined;
}
