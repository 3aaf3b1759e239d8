import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A bulletin whose first section's heading a copy ran on at the end of its lead paragraph
 * (`…社会大局和谐稳定。一、综合`), the section's text opening the next line with its year
 * (`2020年末，全县户籍人口…`): the heading ends its line (the repair does not join the next line to
 * it) and heads the section. A line that ends with no heading after its last sentence goes on as
 * before. Written for the rule (formerly held-out-36's county bulletin in traditional characters);
 * the texts are invented.
 */

const TITLE = "某县2020年国民经济和社会发展统计公报\n某县统计局\n2021年3月25日";
const sections = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("a first heading at the end of the lead paragraph", () => {
  test.each([
    [
      "全县经济发展稳中向好、社会大局和谐稳定。一、综合",
      "2020年末，全县户籍人口147.8万人，比上年增加1.2万人。",
      "综合",
    ],
    [
      "全縣經濟發展穩中向好、社會大局和諧穩定。一、綜合",
      "2020年末，全縣戶籍人口147.8萬人，比上年增加1.2萬人。",
      "綜合",
    ],
    [
      "全县经济发展稳中向好、社会大局和谐稳定。一、农业生产",
      "2020年，全县粮食总产量18.6万吨，比上年增长2.1%。",
      "农业生产",
    ],
  ])("parseBulletinText: `%s` over `%s` heads a section", (lead, text, heading) => {
    const body = `${TITLE}\n2020年是某县发展史上极不平凡的一年，面对疫情大考，${lead}\n${text}\n二、农业\n全年粮食总产量18.6万吨，比上年增长2.1%。`;
    expect(sections(body)).toContain(heading);
  });

  test("parseBulletinText: a line broken mid-sentence before a year goes on (counter-case)", () => {
    const body = `${TITLE}\n2020年是某县发展史上极不平凡的一年，全县地区生产总值比上年增长，预计到\n2021年末达到400亿元。\n一、综合\n全年粮食总产量18.6万吨，比上年增长2.1%。`;
    expect(JSON.stringify(parseBulletinText(body).bulletin)).toContain("预计到2021年末达到");
  });

  test("parseBulletinText: a heading's words broken before a figure (`6029.34万元`) still go on (counter-case)", () => {
    const body = `${TITLE}\n2020年是某县发展史上极不平凡的一年，经济稳中向好。 二、住房公积金提取 2022年第三季度全县住房公积金提取\n6029.34万元。本年累计提取16714.16万元。`;
    expect(sections(body)).not.toContain("住房公积金提取2022年第三季度全县住房公积金提取");
    expect(JSON.stringify(parseBulletinText(body).bulletin)).toContain('提取",{"type":"metric"');
  });
});
