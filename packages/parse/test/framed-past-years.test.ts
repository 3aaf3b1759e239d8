import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { framedYear } from "../src/internal/framed-year";

/**
 * A speech, a news conference or a summary whose first lines frame a year behind the speaker:
 * `刚刚过去的2009年，是很不平凡的一年`, `2022年是某区发展极不平凡的一年，面对…`, `…表示，2011年是“十二五”
 * 开局之年，一年来，…`. That year is the span the text reviews. Every text here is written for the
 * test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `${opening}\n\n全区新增市场主体3120户，同比增长8.6%。\n\n实施重点项目46个，完成投资52.3亿元。`,
  ).bulletin.issue.period;

describe("the year a speech or a summary frames as behind it", () => {
  test.each([
    [
      "县长在春节团拜会上的致辞刚刚过去的2009年，是很不寻常、很不平凡的一年，我们共同经历了许多大事。",
      2009,
    ],
    [
      "记者从发布会上了解到，2022年是某区发展极不平凡的一年，面对诸多困难挑战，全区上下按照“疫情要防住”重要要求推进工作。",
      2022,
    ],
    [
      "某局负责人日前接受采访时表示，2011年是“十二五”开局之年，一年来，各部门较好地完成了各项工作任务。",
      2011,
    ],
    [
      "2021年是实施“十四五”规划的开局之年，是巩固拓展脱贫攻坚成果的关键之年。在各方支持下，某村发展成效显著。",
      2021,
    ],
    ["回顧過去的2019年，全市上下團結一心，各項事業取得新進展。", 2019],
  ])("parseBulletinText: `%s` reviews the year %i", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    // A year to come: the clause after the frame says what will be done.
    "某主任说，2026年是“十五五”开局之年，常委会将坚决贯彻落实各项部署。",
    // A frame in the middle of a sentence, not opening it.
    "全区干部群众都认为2020年是极不平凡的一年，并积极投入各项工作。",
    // No frame of a year: a year alone opening a plan.
    "2023年，某区将围绕重点工作持续发力。",
    // No sentence's mark: a heading.
    "2020年是极不平凡的一年",
  ])("framedYear: `%s` frames no year behind it (counter-case)", (opening) => {
    expect(framedYear([opening])).toBeUndefined();
  });

  test.each([
    "某主任说，2026年是“十五五”开局之年，常委会将坚决贯彻落实各项部署。",
    "全区干部群众都认为2020年是极不平凡的一年，并积极投入各项工作。",
  ])("parseBulletinText: `%s` states no period (counter-case)", (opening) => {
    expect(period(opening)).toBeUndefined();
  });

  test("framedYear: a frame of a year later than the publication date is no review", () => {
    const opening = ["2024年是某区发展的关键之年，全区上下团结一心。"];
    expect(framedYear(opening, "2023-12-28")).toBeUndefined();
    expect(framedYear(opening, "2025-01-10")).toEqual({ kind: "year", year: 2024 });
  });
});
