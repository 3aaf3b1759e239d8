import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * One head and its deck stacked alone (session 41, narrowed in session 42): a release that opens with
 * its lede and heads its first part with two bare lines right under it (`经济运行稳步向好` / `营业收入稳健增长`)
 * prints a head over its deck as a text of many stacks does (stacked-head-and-deck.test.ts), on the
 * economy pages of 统计, 国资, 人社 and 审批 offices alike; each line heads. Near-misses that stay one
 * heading printed over two lines: a stack under a title and a short note rather than a lede paragraph,
 * a lower line one character shorter than the upper one, a headline over a `——` subtitle, and a text that
 * also prints a headline broken before its figure (`省人社厅向各市` / `下达1200万元就业补助资金`). Every text
 * here is written for the test.
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

describe("one head and its deck stacked alone under the lede", () => {
  test.each([
    [
      `${LEDE}工业生产增势良好\n装备制造业支撑有力\n${PARA1}${PARA2}`,
      ["工业生产增势良好", "装备制造业支撑有力"],
    ],
    [
      "记者从市国资委获悉，今年以来，市属企业生产经营总体平稳。\n国企经济运行稳步向好\n营业收入利润稳健增长\n1—9月，市属企业营业收入同比增长7.2%。\n",
      ["国企经济运行稳步向好", "营业收入利润稳健增长"],
    ],
    [
      "日前，省人力资源社会保障厅召开一季度新闻发布会，通报全省就业情况。\n全省就业局势总体稳定\n城镇新增就业持续扩大\n一季度，全省城镇新增就业18.6万人，同比增长4.2%。\n下一步，将持续抓好稳就业各项工作。\n",
      ["全省就业局势总体稳定", "城镇新增就业持续扩大"],
    ],
  ])("parseBulletinText: %#: each line heads", (text, heads) => {
    const headings = headingsOf(text);
    for (const h of heads) expect(headings).toContain(h);
  });

  test.each([
    [
      "under a title and a short note",
      `某市工作简报\n编者按：现将经验印发。\n推进数字政府建设\n持续优化营商环境\n${PARA1}`,
      "推进数字政府建设持续优化营商环境",
    ],
    [
      "a lower line one character shorter",
      `${LEDE}工业生产平稳增长\n新动能加快成长\n${PARA1}`,
      "工业生产平稳增长新动能加快成长",
    ],
    [
      "a headline over its `——` subtitle",
      `${LEDE}财政收入质效稳步提升\n——上半年收支分析\n${PARA1}`,
      "财政收入质效稳步提升——上半年收支分析",
    ],
    [
      "a text that breaks a headline before its figure",
      `${LEDE}省人社厅向各市\n下达1200万元就业补助资金\n据了解，今年以来，全省已下达就业补助资金1200万元，惠及企业3100家。\n将稳岗返还纳入\n市县政府就业工作目标考核\n${PARA2}`,
      "将稳岗返还纳入市县政府就业工作目标考核",
    ],
  ])("parseBulletinText: %s stays one heading", (_, text, head) => {
    expect(headingsOf(text)).toContain(head);
  });
});
