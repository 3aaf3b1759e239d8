import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A review titled by a five-year plan (`四川省“十三五”地方志工作综述`), met in held-out-7x: the plan's
 * five years (十一五 2006–2010 … 十五五 2026–2030), from the title or from a line of that shape under
 * a page's furniture. Every text here is invented. Near-misses: a news report's opening
 * `“十一五”期间，…` (a look back, no report on the years), a part heading of a longer report
 * (`一、“十三五”时期工作回顾`), a title printing its year (`2025年和“十四五”工作回顾`), the plan itself.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;
const years = (a: number, b: number) => ({
  kind: "range",
  start: `${a}-01-01`,
  end: `${b}-12-31`,
});

describe("a five-year plan's review", () => {
  test.each([
    [
      "a province's review (十三五)",
      "某省“十三五”档案工作综述\n“十三五”期间，全省档案系统认真贯彻落实规划，各项工作取得新进展。\n一、基本情况\n全省新建档案馆12个。",
      years(2016, 2020),
    ],
    [
      "a county's summary without quotes (十二五)",
      "某县十二五时期交通建设工作总结\n五年来，全县累计完成交通投资45亿元。\n一、主要成效\n新建公路320公里。",
      years(2011, 2015),
    ],
    [
      "a review of 十四五",
      "某市“十四五”生态环境保护工作回顾\n五年来，全市空气优良天数比例达到92%。\n一、主要成绩\n完成治理项目86个。",
      years(2021, 2025),
    ],
    [
      "under a page's path",
      "当前位置：首页 > 综述纪要\n某省“十一五”史志工作综述\n“十一五”期间，全省史志系统编纂出版志书120部。\n一、基本情况\n全省完成二轮修志任务。",
      years(2006, 2010),
    ],
  ])("%s", (_, text, span) => {
    expect(period(text)).toEqual(span);
  });

  test.each([
    [
      "a news report's look back",
      "1月18日，记者从某省住建厅了解到，“十一五”期间，某省建成廉租住房12万套。\n这些住房已全部分配入住。",
    ],
    [
      "a part heading of a longer report",
      "政府工作报告\n一、“十三五”时期工作回顾\n五年来，我们坚持稳中求进，地区生产总值年均增长7%。",
    ],
    ["the plan itself", "某县“十四五”交通发展规划\n一、发展基础\n全县公路总里程达到3200公里。"],
  ])("near-miss: %s states no plan's span", (_, text) => {
    const p = period(text);
    expect(
      p?.kind === "range" &&
        p.end.slice(5) === "12-31" &&
        p.start.slice(5) === "01-01" &&
        Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4)) === 4,
    ).toBe(false);
  });

  test("near-miss: a title printing its year", () => {
    expect(
      period("2025年和“十四五”工作回顾\n2025年，全县地区生产总值增长6%。\n一、主要工作"),
    ).toEqual({ kind: "year", year: 2025 });
  });
});
