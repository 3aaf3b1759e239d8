import { repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

describe("repairExtractedText", () => {
  test.each([
    ["removes stray spaces inside Chinese words", "窗口首席事务 代表会", "窗口首席事务代表会"],
    [
      "removes spaces between a number and its Chinese unit",
      "办理政务服务事项 5.88 万件",
      "办理政务服务事项5.88万件",
    ],
    [
      "keeps spaces between Latin words, next to Latin words and before a Latin unit",
      "open data API 与 30 km",
      "open data API 与30 km",
    ],
    [
      "writes ASCII punctuation in Chinese text full-width",
      "9月,省中心;会议:通过(试行)",
      "9月，省中心；会议：通过（试行）",
    ],
    [
      "keeps the comma of 1,000 and the colon of 15:40",
      "共1,000件，15:40开始",
      "共1,000件，15:40开始",
    ],
    [
      "turns straight quotes into curly ones, nested ones into ‘’",
      `开展"庆丰收——'川供集市'进社区"活动`,
      "开展“庆丰收——‘川供集市’进社区”活动",
    ],
    ["drops the - bullet before an item", "- (二)惠企政策。", "（二）惠企政策。"],
    ["writes full-width digits as ASCII", "第１１期 ６．０２万件", "第11期6.02万件"],
    [
      "joins a paragraph split across a page break",
      "一、情况\n（一）9月8日，对接相关工\n\n— 3 —\n\n作；完成。",
      "一、情况\n（一）9月8日，对接相关工作；完成。",
    ],
    [
      "keeps a short heading after a blank line apart from a paragraph that lacks its closing mark",
      "一、工业\n\n全县工业增加值同比增长19.8%，高于全市平均增速12.0个百分点，居全市第一位，增速较上月加快\n\n固定资产投资增速趋缓\n\n全县固定资产投资同比增长16.8%。",
      "一、工业\n全县工业增加值同比增长19.8%，高于全市平均增速12.0个百分点，居全市第一位，增速较上月加快\n\n固定资产投资增速趋缓\n全县固定资产投资同比增长16.8%。",
    ],
    [
      "drops a running header that repeats the bulletin's name",
      "政务窗口月报\n第9期\n一、情况\n正文第一段。\n政务窗口月报\n正文第二段。",
      "政务窗口月报\n第9期\n一、情况\n正文第一段。\n正文第二段。",
    ],
    [
      "drops page numbers in their usual forms",
      "一、情况\n正文。\n- 2 -\n第3页\n12\n正文。",
      "一、情况\n正文。\n正文。",
    ],
    ["reads CRLF and CR line ends", "一、情况\r\n正文。\r正文。", "一、情况\n正文。\n正文。"],
    ["removes the space in a letter-spaced line and before a mark", "一 体 化 一 、", "一体化一、"],
    [
      "keeps a standalone item heading apart from its body",
      "一、情况\n（一）数字政府项目建设\n持续完善项目初步设计。",
      "一、情况\n（一）数字政府项目建设\n持续完善项目初步设计。",
    ],
    [
      "replaces a lone surrogate and drops zero-width characters",
      "正\u200B文\uD800。",
      "正文\uFFFD。",
    ],
  ])("%s", (_, input, output) => {
    expect(repairExtractedText(input)).toBe(output);
    expect(repairExtractedText(output)).toBe(output);
  });

  test.each([
    [
      "keeps the space after a comma in an English date",
      "March 3, 2025 — a report",
      "March 3, 2025 — a report",
    ],
    ["keeps the spaces of an English list of numbers", "Price: 3, 4 and 5.", "Price: 3, 4 and 5."],
    [
      "never joins digits that a comma and a space kept apart, even in Chinese text",
      "涉及 3, 4 两个窗口",
      "涉及3, 4两个窗口",
    ],
    [
      "keeps a comma before a closing quote in English ASCII",
      'said the residents," he wrote',
      'said the residents," he wrote',
    ],
    [
      "keeps an English title line apart from the paragraph after a blank line",
      "一、情况\n正文第一段。\nThe English Title Of The Report\n\nIn March the windows handled requests.",
      "一、情况\n正文第一段。\nThe English Title Of The Report\n\nIn March the windows handled requests.",
    ],
    ["still writes a dash between Chinese dates without spaces", "9月16日 — 18日", "9月16日—18日"],
    ["still writes a quoted Chinese phrase with a full-width comma", '"好" ,他说', "“好”，他说"],
  ])("leaves Latin text alone: %s", (_, input, output) => {
    expect(repairExtractedText(input)).toBe(output);
    expect(repairExtractedText(output)).toBe(output);
  });

  test.each([
    [
      "a link's brackets inside a full-width pair (the inner pairs touch the outer one)",
      "- (三[link](javascript:alert(1)))9月23日,生态环境厅举办培训会。",
      "（三[link]（javascript:alert（1）））9月23日，生态环境厅举办培训会。",
    ],
    [
      "a mark just inside a pair that turns full-width",
      "(!x;[@六)9月26日,省广电局调研。",
      "（！x;[@六）9月26日，省广电局调研。",
    ],
    [
      "a mark just before a pair that turns full-width",
      "清单&amp; &lt;(2025年版)》",
      "清单&amp; &lt；（2025年版）》",
    ],
    [
      "a run of ASCII marks longer than the reach of one look, ending at Chinese text",
      `a${",".repeat(20)}中`,
      `a${"，".repeat(20)}中`,
    ],
    ["nested pairs around Latin text only", "((((a))))中", "（（（（a））））中"],
  ])("repairs in one pass what a second pass would change: %s", (_, input, output) => {
    expect(repairExtractedText(input)).toBe(output);
    expect(repairExtractedText(output)).toBe(output);
  });

  test("reads deeply nested and unclosed brackets in time linear in the line", () => {
    // Not timed: this would take minutes if each pair scanned the pairs inside it.
    const nested = `${"(".repeat(100_000)}a${")".repeat(100_000)}中`;
    expect(repairExtractedText(nested)).toBe(`${"（".repeat(100_000)}a${"）".repeat(100_000)}中`);
    const open = `中${"(a".repeat(100_000)}`;
    expect(repairExtractedText(open)).toBe(repairExtractedText(repairExtractedText(open)));
  });

  test("returns an empty string for text without content", () => {
    expect(repairExtractedText("\n \r\n\t\u3000")).toBe("");
  });

  test("repairExtractedText: is idempotent where a join makes two lines with pipes meet (found by the property)", () => {
    const input = "四、窗口资讯\n!|政务窗口月报\n 政务窗口月报\n一、| a | b |2025年9月总体运行情况";
    const once = repairExtractedText(input);
    expect(repairExtractedText(once)).toBe(once);
  });

  test("repairExtractedText: is idempotent where the joined text no longer needs a blank line it kept (found by the property)", () => {
    const input =
      '作;在成都高新区开展 2025"送服务、进企业"系列活动第三期——集成电路产业政策解读与知产金融专题分享会。《\n政务窗口月报ꀀ\n""四川省政府政务服务和公共资源交易服务中心\n \n- ';
    const once = repairExtractedText(input);
    expect(repairExtractedText(once)).toBe(once);
  });
});
