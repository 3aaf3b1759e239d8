import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An item's heading alone on its line that states a figure and its rate of change
 * (`（一）财政投入近1300亿元，增幅6.56%`), met in held-out-138's yearly report on student aid:
 * the item's title, as the same heading without its change (`（四）社会资助资金超过130亿元`) is.
 * Every text here is invented. Near-misses: the line closed by `。`, three clauses, a clause of
 * time opening it, a change that is not a rate.
 */

const itemTitles = (text: string) =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => s.items.map((i) => i.title ?? null));

const report = (points: string[]) =>
  `2020年某市文化事业发展报告\n一、文化投入稳步增加\n${points.join("\n")}\n二、设施建设持续推进\n全年新建文化站30个。`;

describe("item headings stating a figure and its change", () => {
  test.each([
    [
      "增幅 after the figure, ASCII comma",
      report(["(一)公共文化投入近80亿元,增幅5.12%", "(二)社会捐赠资金12.6亿元,增幅10.4%"]),
      ["公共文化投入近80亿元，增幅5.12%", "社会捐赠资金12.6亿元，增幅10.4%"],
    ],
    [
      "同比下降, full-width comma, a paragraph under it",
      report([
        "（一）全市接待游客超过3200万人次，同比下降4.6%",
        "受天气影响，全年接待游客较上年减少。",
      ]),
      ["全市接待游客超过3200万人次，同比下降4.6%"],
    ],
  ])("%s", (_, text, titles) => {
    expect(itemTitles(text).slice(0, titles.length)).toEqual(titles);
  });

  test.each([
    ["closed by 。", report(["（一）公共文化投入近80亿元，增幅5.12%。"])],
    ["three clauses", report(["（一）全年受理诉求5000件，办结4900件，同比增长12%"])],
    ["a clause of time first", report(["（一）1-5月，全县完成投资12亿元，增长8%"])],
    ["a change that is no rate", report(["（一）公共文化投入近80亿元，增加3.9亿元"])],
  ])("near-miss: %s", (_, text) => {
    expect(itemTitles(text)[0]).toBeNull();
  });
});
