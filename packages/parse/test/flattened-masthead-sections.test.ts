import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `…情况的通报 第8期 一、全市疫情概况 据…统计，…。 二、…`: a document-sharing site's copy of a
 * bulletin flattened into one line (paragraph breaks turned into spaces), its masthead run into its
 * first section. The issue number (`第8期`, `（第8期）`) or a title ending in a bulletin's kind
 * (`简报`, `通报`, `快报`, `月报`, `周报`), or a sentence's end, right before a space and a first
 * section marker `一、` whose heading a space ends (no digit or sentence mark in it) starts that
 * section, though the line holds no other marker after a sentence's end: the `（一）` heading right
 * after it is the first item's. Near-misses: the marker with no space before it, a marker that is
 * not the first (`二、`), a `一、` whose words run on into a sentence, a `一、` after other words, a
 * heading with a figure in it. Written for the rule (two 传染病疫情 monthlies and a 乡 half-year
 * summary of the formerly held-out sets 98–105); every text here is invented.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    items: bulletin.sections.flatMap((s) => s.items.map((i) => i.title).filter(Boolean)),
  };
};

const PAGE = "某某月报模板.docVIP\n查看更多\n";
const BODY =
  "据全市32个监测点的报告统计，2021年5月全市共报告法定传染病9种180例，较上月上升3.2%。 乙类传染病：报告发病5种120例。";

describe("a flattened masthead run into the first section", () => {
  test.each([
    [
      "after the issue number",
      `${PAGE}某市2021年5月份传染病疫情的 通 报 第8期 一、全市疫情概况 ${BODY} 二、发病构成情况 本月报告病例以乙类为主。`,
      ["全市疫情概况", "发病构成情况"],
      [],
    ],
    [
      "after a bracketed issue number",
      `${PAGE}疫情月报 （第5期） 一、本月疫情概况 ${BODY}`,
      ["本月疫情概况"],
      [],
    ],
    [
      "after a title ending in 简报, an item heading next",
      `${PAGE}疫情简报 （第8期） 某区疾控中心 编 2021年6月10日 2021年5月某区传染病疫情分析简报 一、疫情概况 （一）总体发病情况 ${BODY}`,
      ["疫情概况"],
      ["总体发病情况"],
    ],
    [
      "after a sentence's end, a comma inside the heading",
      `某镇2022年上半年工作总结 今年以来，镇党委政府认真落实各项部署。 半年来，全镇完成地区生产总值2.1亿元，同比增长6.2%。 一、狠抓落实，经济运行稳中有进 产业发展提速。全镇新引进项目5个，完成投资3200万元。`,
      ["狠抓落实，经济运行稳中有进"],
      [],
    ],
  ])("%s", (_, text, sections, items) => {
    const got = read(text);
    for (const s of sections) expect(got.sections).toContain(s);
    for (const i of items) expect(got.items).toContain(i);
  });

  test.each([
    ["no space before the marker", `${PAGE}疫情月报 第8期一、本月疫情概况 ${BODY}`],
    ["not the first section", `${PAGE}疫情月报 第8期 二、本月疫情概况 ${BODY}`],
    ["a sentence after the marker", `${PAGE}疫情月报 第8期 一、本月疫情概况，见下文。 ${BODY}`],
    ["other words before the marker", `${PAGE}本市发布疫情情况 一、本月疫情概况 ${BODY}`],
    ["no space after the sentence", `${PAGE}本市疫情平稳。一、本月疫情概况 ${BODY}`],
    ["a figure in the heading", `${PAGE}本市疫情平稳。 一、本月疫情概况9种180例 ${BODY}`],
  ])("near-miss: %s starts no section there", (_, text) => {
    expect(read(text).sections.some((s) => s.startsWith("本月疫情概况"))).toBe(false);
  });
});
