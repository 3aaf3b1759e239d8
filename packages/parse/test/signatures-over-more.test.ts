import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A 落款 (an issuer's name over a whole date) with more printed under it than the 版记: the 附件说明
 * printed after it, an attachment's table with no `附表` heading, the next articles of the page the
 * text was copied from. Where no closing 落款 is found, the first issuer's name over a whole date
 * after a sentence closed above it dates the text and names its issuer, its name's line joined to a
 * ranking's last row or not. Near-misses keep what the parser read before: a person's name over the
 * date, a date of a month only, a name over a date before any sentence, lines of a table, a date the table under it
 * took as its caption (the table is kept whole), and a body that goes on under the date: a line of
 * the first three under it closing a sentence (a cover notice's document, a page's next article), or
 * a line opening with `附表`/`附件` that is no heading (a sentence about the attachment). Every text
 * here is written for the test.
 */

const FUNDS =
  "各乡镇人民政府：\n根据省、市有关文件精神，现将2018年社会救助资金发放情况公布如下，请各单位认真核对。\n";
const GRAIN =
  "根据对全国28个省（区、市）的抽样调查，2018年全国夏粮总产量13872万吨，比2017年下降2.2%。\n全国夏粮播种面积26703千公顷，比2017年减少164千公顷。\n";
const RANKING =
  "5月份全县环境卫生管理考核情况通报\n\n根据有关要求，现将5月份全县环境卫生管理考核情况通报如下。\n第一名：某某镇 96.1分\n第二名：某某乡 94.2分\n";

const read = (text: string) => parsedView(text, ["publisher", "publishedOn"]);

describe("a 落款 with more than the 版记 under it", () => {
  test.each([
    {
      what: "a 附件说明 printed after it, a table under that",
      text: `${FUNDS}某县民政局\n2019年1月28日\n附件：2018年社会救助资金发放表\n乡镇 | 户数 | 金额 |\n某某镇 | 120 | 36.5 |`,
      expected: { publisher: "某县民政局", publishedOn: "2019-01-28" },
    },
    {
      what: "a data table with no heading under it",
      text: `${GRAIN}国家统计局\n2018年7月18日\n地区 | 播种面积 | 总产量 |\n河北 | 2357 | 1450 |`,
      expected: { publisher: "国家统计局", publishedOn: "2018-07-18" },
    },
    {
      what: "its name joined to a ranking's last row, the page's next headlines under it",
      text: `${RANKING}某市城市管理委员会办公室\n2022年6月30日\n\n某区开展垃圾分类宣传进社区活动\n某县召开安全生产警示教育大会`,
      expected: { publisher: "某市城市管理委员会办公室", publishedOn: "2022-06-30" },
    },
  ])("$what", ({ text, expected }) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("near-misses: no date read from the lines", () => {
  test.each([
    {
      what: "a person's name over the date",
      text: `${FUNDS}张明华\n2019年1月28日\n附件：2018年社会救助资金发放表\n乡镇 | 户数 | 金额 |\n某某镇 | 120 | 36.5 |`,
    },
    {
      what: "a date of a month only",
      text: `${GRAIN}国家统计局\n2018年7月\n地区 | 播种面积 | 总产量 |\n河北 | 2357 | 1450 |`,
    },
    {
      what: "the date a table's caption (an attachment's cells printed one a line under it)",
      text: `${FUNDS}特此通报。\n\n某市市场监督管理局\n\n2021年1月6日\n\n附件\n食品大类\n抽检批次\n合格批次\n不合格率%\n食用农产品\n14605\n14273\n2.27\n餐饮食品\n3165\n3107\n1.83\n粮食加工品\n1723\n1714\n0.52`,
    },
    {
      what: "a document's title and its first sentence under the date (the body goes on)",
      text: `${FUNDS}某县民政局\n2019年1月28日\n2018年社会救助工作总结\n2018年全县共发放社会救助资金3650万元，惠及困难群众1.2万人。\n乡镇 | 户数 | 金额 |\n某某镇 | 120 | 36.5 |`,
    },
    {
      what: "a sentence about the attachment under the date, not its heading",
      text: `${GRAIN}国家统计局\n2018年7月18日\n附表数据为快报数\n地区 | 播种面积 | 总产量 |\n河北 | 2357 | 1450 |`,
    },
    {
      what: "a headline then a closed sentence under the date",
      text: `${RANKING}某市城市管理委员会办公室\n2022年6月30日\n\n某区开展垃圾分类宣传进社区活动\n6月28日，某区在10个社区开展垃圾分类宣传。`,
    },
    {
      what: "the name and date in a table's rows",
      text: `${GRAIN}单位 | 日期 |\n国家统计局 | 2018年7月18日 |\n某省统计局 | 2018年7月19日 |`,
    },
  ])("$what", ({ text }) => {
    expect(read(text).publishedOn).toBeUndefined();
  });
});
