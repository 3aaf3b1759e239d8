import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose headline stands under its kicker (引题) and over a photo's caption, each on a
 * line of its own, none closed by a mark (`作为全省便民服务平台，它不仅是…的晴雨表，…的解压阀` /
 * `12345：件件有落实 事事有回音` / `…图为12345接线员正在登记群众诉求`; the misses of the tuning
 * set read as a family): in a copy whose paragraphs are lines, the short headline between two longer
 * lines ends where its writer ended it, so it is neither joined to the kicker nor to the caption,
 * and it is the title; the kicker (a clause-parted phrase over it) stays in the text. A paragraph a
 * page broke (`…受理群众诉` / `求3.2万件。`) is still joined. Every example here is written for the
 * rule, not taken from a page.
 */

const body = [
  "停水停电，路灯不亮，找谁反映？",
  "生活中，当您被这类问题所困扰时，或许最纠结的莫过于：解决问题该找谁？怎么找？",
  "不论是电力、水务，还是交管、市政，或者社保、公积金，凡在政府公共服务范畴内的各种咨询、求助、投诉、建议等，只要你找到了12345，相关部门在限定时间内都会给予答复。",
  "数据显示，今年上半年，平台共受理群众诉求件315957件，及时办结回复311176件，及时回复率达98.48%。",
].join("\n");

describe("a headline between its kicker and a caption", () => {
  test.each([
    {
      kicker: "作为全省便民服务平台，它不仅是社情民意的晴雨表，还是机关作风建设的监督岗",
      headline: "12345：件件有落实 事事有回音",
    },
    {
      kicker: "聚焦群众急难愁盼，畅通诉求表达渠道，打通服务群众最后一公里",
      headline: "热线连民心 服务暖人心",
    },
    {
      kicker: "全年受理诉求逾三十万件，按时办结率持续保持高位运行",
      headline: "一条热线架起连心桥",
    },
  ])(
    "parseBulletinText: `$headline` is the title, `$kicker` stays in the text",
    ({ kicker, headline }) => {
      const caption =
        "12345平台代表政府，不设门槛，服务普通老百姓。近年来，平台功能不断优化升级。图为12345接线员正在登记群众诉求";
      const { bulletin } = parseBulletinText(`${kicker}\n${headline}\n${caption}\n${body}`);
      expect(bulletin.publication.title).toBe(headline.replace(" ", ""));
      const text = JSON.stringify(bulletin.sections);
      expect(text).toContain(kicker.slice(0, 8));
      expect(text).toContain("图为12345接线员");
    },
  );

  test.each([
    {
      text: `工业生产平稳，投资较快增长\n——1-5月全县经济运行情况\n${body}`,
      title: "工业生产平稳，投资较快增长",
    },
    {
      text: `工业生产平稳，投资较快增长\n1-5月，全县规模以上工业增加值同比增长6.2%，固定资产投资增长8.1%。\n${body}`,
      title: "工业生产平稳，投资较快增长",
    },
  ])(
    "parseBulletinText: a headline with a comma over a subtitle or a paragraph stays the title",
    ({ text, title }) => {
      expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
    },
  );

  test("parseBulletinText: a paragraph a page broke (`…受理群众诉` / `求3.2万件。`) is still one", () => {
    const { bulletin } = parseBulletinText(
      `某市热线工作简报\n一季度，全市12345热线运行平稳，共受理群众诉\n求3.2万件。\n${body}`,
    );
    expect(JSON.stringify(bulletin.sections)).toContain("共受理群众诉求");
  });

  test("parseBulletinText: a heading line under a paragraph's broken first line is not the title", () => {
    const { bulletin } = parseBulletinText(
      `某市热线工作简报\n一季度，全市12345热线运行平稳，群众满意度稳步提升，共受理群众诉求\n3.2万件，同比增长5%。\n${body}`,
    );
    expect(bulletin.publication.title).toBe("某市热线工作简报");
  });
});
