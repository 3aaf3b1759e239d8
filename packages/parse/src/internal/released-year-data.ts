import type { DateSpan } from "@bulletin/schema";
import { monthsOfYear } from "./opening-period";
import { inYearRange } from "./read-date";

/**
 * `某局13日发布2022年度医保基金飞行检查情况，`, `国家统计局公布2024年全国早稻数据，`: a news copy's opening
 * saying a body released (`发布`, `公布`, either script) a year's figures under no title in `《》`: the
 * year (`2024年`, `2022年度`), then up to thirty characters of what was counted, ending as figures
 * do (`情况`, `数据`, `结果`), or as their analysis does (`数据分析`, `情况分析`), at the sentence's pause;
 * the name may be quoted (`发布了“2015年全国政府采购简要情况”，`), open with `关于` and be a notice's
 * (`公布“关于2019年童车等60种产品质量国家监督抽查情况”的通报`), or be a data bulletin's after a comma
 * (`国家统计局发布，2015年全国1%人口抽样调查主要数据公报。`). The year may be followed by the
 * months from January its figures count (`发布2022年1至6月全国…办案数据`, `公布2023年1-9月…情况`);
 * not by another span (`2022年3至6月`, `2022年6月`: a month alone). A place may name where they were
 * counted before the year (`公布了辽宁各市2023年粮食产量，`, `公布全省2022年…数据`: a name ending in
 * 省/市/县/区/州/盟/旗, `全省`, `各市`), and a yearly output may be what was counted (`…产量`). The same for
 * a data notice (`发布了2023年某省体育场地统计调查数据公告。`), a survey's findings (`发布2021年度“某某评价”主要结论，`:
 * a quoted phrase of up to twenty characters may stand inside the name), and a notice's lead
 * announcing them below (`现将2023年某州体育场地统计调查主要数据公告如下。`, `现将2023年…情况通报如下`).
 * The name may close with a colon before the figures (`公布了2018年水土流失动态监测结果：2018年全国…`,
 * since 2026-12-08).
 * Near-misses: a plan or a work's year sent out (`现将2024年工作要点印发给你们`: no figures' word
 * ending it), a quote that runs past the pause (`发布“2023年…，…”`).
 */
const RELEASED_DATA =
  /(?:[发發]布|公布|[现現][将將])(?:了|的)?[，,]?[“"「]?(?:[关關][于於])?(?:[\u4e00-\u9fff]{1,6}?[省市县区州盟旗縣區]|[全各][省市县区縣區]|[\u4e00-\u9fff]{1,4}各[省市县区縣區])?(\d{4})年(?:度|1\s*[-—–~～至到]\s*(\d{1,2})月份?)?(?!\d)((?:[^，。,；;：:《》“”"「」]|[“"「][^，。,；;：:《》“”"「」]{1,20}[”"」]){2,30}?)(?:情况|情況|数据|數據|结果|結果|(?:主要)?(?:结论|結論)|(?:数据|數據)公[报報告]|[产產]量)(?:分析)?[”"」]?(?=[，。,；;：:\s]|$|的(?:通[报報]|[报報]告)|(?:通[报報]|公[告布]|[报報]告)?如下)/;

/** Words naming a span within a year (months, a quarter, a half, a week, a ten-day, a day). */
const PART_OF_YEAR =
  /\d{1,2}\s*[-—–~～至到]?\s*\d{0,2}月|[一二三四五六七八九十]{1,3}月|季度|半年|周|週|旬|\d{1,2}日|第[一二三四1-4]/;

/**
 * The year (or the months from January of it) of the figures a news copy's opening lines say were
 * released ({@link RELEASED_DATA}); undefined when none says so or the words name part of the year.
 */
export function releasedYearData(opening: readonly string[]): DateSpan | undefined {
  for (const text of opening) {
    const m = RELEASED_DATA.exec(text);
    if (m === null) continue;
    if (PART_OF_YEAR.test(m[3] as string) || !inYearRange(`${m[1]}-01-01`)) return undefined;
    return m[2] === undefined
      ? { kind: "year", year: Number(m[1]) }
      : monthsOfYear(Number(m[1]), 1, Number(m[2]));
  }
  return undefined;
}
