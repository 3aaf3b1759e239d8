import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A heading numbered at two or three levels on a line of its own (`2.1气温`, `2.2 降水量`,
 * `3.1.2日照时数`), as a climate or price report prints the heads under `2.主要气候要素`: its title is
 * the words without the number. A decimal figure heading a line (`2.1万件诉求办结`, `7.4億元`) keeps
 * its number. Such a head right under its part's unnumbered head is a heading of its own, not the
 * head's second line. Invented variants.
 */

const titlesOf = (text: string) =>
  parseBulletinText(text).bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  ]);

describe("a two- or three-level number is no part of a heading", () => {
  test.each([
    [
      "two levels, no space",
      "二、气候概况\n1.气候特点\n冬季，全省平均气温为6.2℃，较常年偏高0.5℃。\n2.主要气候要素\n2.1气温\n全省平均气温在1.2℃~10.4℃之间，东部偏高。\n2.2降水量\n全省降水量在35.1mm~120.6mm之间，西部偏少。",
      ["气温", "降水量"],
    ],
    [
      "two levels and a space, three levels",
      "一、市场价格\n1.蔬菜价格\n1.1 产地价格\n本周蔬菜产地价格环比上涨2.3%，批发价格持平。\n1.1.2零售价格\n本周蔬菜零售价格环比下跌1.1%，同比上涨4.5%。",
      ["产地价格", "零售价格"],
    ],
    [
      "a two-level head right under its part's head, not joined to it",
      "某省2021年第四季度城市功能区声环境质量\n第四季度，全省14个城市功能区噪声监测点位共157个。\n功能区声环境质量\n2.1全省整体情况\n全省城市各类功能区共监测312点次，昼间达标率96.2%。\n2.2各城市情况\n长沙市昼间达标率95.0%。",
      ["功能区声环境质量", "全省整体情况", "各城市情况"],
    ],
  ])("%s", (_, text, titles) => {
    const got = titlesOf(text);
    for (const t of titles) expect(got).toContain(t);
  });
});

describe("a decimal figure keeps its number (near-misses)", () => {
  test.each([
    [
      "a count of ten thousands",
      "一、总体情况\n受理诉求情况\n2.1万件诉求办结\n全年共受理群众诉求2.3万件，办结2.1万件。",
      "万件诉求办结",
    ],
    [
      "traditional characters",
      "一、總體情況\n產業發展\n7.4億元投資到位\n全年完成投資7.4億元，同比增長6%。",
      "億元投資到位",
    ],
  ])("%s", (_, text, stripped) => {
    expect(titlesOf(text)).not.toContain(stripped);
  });
});
