import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report on a region's economy heads each part with two short lines stacked, a head and the
 * deck under it (`工业生产保持较快增长` / `高技术制造业增势强劲`), each a whole phrase: the lower one as long
 * as the upper one or longer (a page's width breaks a heading's longer part first). Each line heads a
 * part of its own; they are not one heading broken over two lines. Near-misses joined as before: a
 * heading whose lower line is shorter (`关于进一步做好全市安全生产` / `专项整治工作`), one whose upper line
 * ends in a word that joins (`…发展的` / `…`), a stack over a `——` subtitle (one headline), headlines of
 * short lines a copy broke (`妇女维权热线` / `已实现全市覆盖`: six characters), and lines stating a date.
 * Every text here is written for the test.
 */

const LEDE =
  "记者从市统计局获悉，今年以来，我市坚持稳中求进工作总基调，全市经济运行总体平稳、稳中有进。\n";
const PARA1 =
  "1—5月份，全市规模以上工业增加值同比增长8.6%，高于全省2.1个百分点。其中，装备制造业增加值增长12.4%。\n";
const PARA2 = "1—5月份，全市社会消费品零售总额同比增长6.3%，比1—4月份加快0.5个百分点。\n";

const headingsOf = (text: string): string[] => {
  const { bulletin } = parseBulletinText(text);
  return bulletin.sections.flatMap((s) => [
    s.title,
    ...s.items.map((i) => i.title).filter((t): t is string => t !== undefined),
  ]);
};

describe("a head and its deck stacked", () => {
  test.each([
    [
      `${LEDE}工业生产增势良好\n装备制造业支撑有力\n${PARA1}消费市场持续回暖\n升级类商品销售较快增长\n${PARA2}`,
      ["工业生产增势良好", "装备制造业支撑有力", "消费市场持续回暖", "升级类商品销售较快增长"],
    ],
    [
      `${LEDE}\n运行特征与结构变化\n\n三大门类齐头并进\n\n${PARA1}\n区域比较与发展态势\n\n增速对比与位次变化\n\n${PARA2}`,
      ["运行特征与结构变化", "三大门类齐头并进", "区域比较与发展态势", "增速对比与位次变化"],
    ],
  ])("%#: each line heads", (text, heads) => {
    const headings = headingsOf(text);
    for (const h of heads) expect(headings).toContain(h);
  });

  test.each([
    [
      `${LEDE}关于进一步做好全市安全生产\n专项整治工作\n${PARA1}`,
      "关于进一步做好全市安全生产专项整治工作",
    ],
    [
      `${LEDE}全面推进城乡融合发展的\n主要做法和经验成效\n${PARA1}`,
      "全面推进城乡融合发展的主要做法和经验成效",
    ],
    [
      `${LEDE}聚焦“三个重点”\n全力推进营商环境优化提升\n——某县优化营商环境的做法\n${PARA1}`,
      "聚焦“三个重点”全力推进营商环境优化提升",
    ],
    [
      `${LEDE}妇女维权热线\n已实现全市覆盖\n${PARA1}家暴投诉求助\n占到接收投诉近三成\n${PARA2}`,
      "妇女维权热线已实现全市覆盖",
    ],
    [
      `${LEDE}2024年1月召开\n履职尽责结硕果团结奋斗启新程\n${PARA1}2024年2月召开\n凝心聚力谋发展实干担当启新篇\n${PARA2}`,
      "2024年1月召开履职尽责结硕果团结奋斗启新程",
    ],
  ])("%#: the lines head as one", (text, head) => {
    expect(headingsOf(text).some((h) => h.startsWith(head))).toBe(true);
  });
});
