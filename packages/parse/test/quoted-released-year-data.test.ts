import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's opening saying a body released a year's figures under a name in quotation marks
 * (`财政部国库司发布了“2015年全国政府采购简要情况”，…`, `「2022年度…數據」`), not in `《》`: the year is
 * the span the copy reports on, as it is for a name left unquoted (`…公布2024年全国早稻数据，`). A name
 * that holds part of the year, or one that is no figures' (a plan), states none. Written for the
 * rule (the corpus's shape, a news copy of a ministry's yearly procurement figures, is the first).
 */

const period = (opening: string) =>
  parseBulletinText(
    `全国政府采购规模首破2万亿元\n\n${opening}\n\n从采购结构来看，货物类、工程类和服务类采购金额分别为6571.4亿元、11155.2亿元和3343.9亿元。\n\n分散采购金额为4365亿元，占全国政府采购规模的比重为20.7%。`,
  ).bulletin.issue.period;

describe("a year's figures released under a quoted name", () => {
  test.each([
    [
      "昨天，财政部国库司发布了“2015年全国政府采购简要情况”，透露当期全国政府采购规模为21070.5亿元。",
      2015,
    ],
    ["昨天，財政部國庫司發布了“2015年全國政府采購簡要情況”，透露當期規模為21070.5億元。", 2015],
    ["近日，某省统计局公布「2022年度全省农业普查数据」，全省耕地面积4500万亩。", 2022],
    ['某局今天发布"2021年消费投诉举报分析结果"，全年受理投诉12.5万件。', 2021],
  ])("parseBulletinText: `%s` states the year %i", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    "昨天，财政部国库司发布了“2015年上半年全国政府采购简要情况”，规模为9070.5亿元。",
    "昨天，财政部国库司发布了“2015年1-9月全国政府采购简要情况”，规模为15070.5亿元。",
    "昨天，某局发布了“2016年政府采购工作方案”，要求进一步扩大采购规模至2万亿元。",
  ])("parseBulletinText: `%s` states no year reported on (counter-case)", (opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
