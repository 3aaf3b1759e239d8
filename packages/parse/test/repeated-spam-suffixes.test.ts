import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An aggregator that copies a report appends its own slogan and address to every paragraph and
 * heading (`…头部效应显著。xYz某某快讯——每天看点新鲜事abcnews.cn`), and the copy may stop inside
 * it: the same tail, with Latin letters in it, closing three lines or more, two of them after a
 * sentence's end, is the page's. It goes from every line (a line of it alone goes whole, and a
 * start of it closing a line where the copy stopped), with a warning, so that headings and paragraphs read
 * as printed. A tail repeated without letters (an office's credit after each item), on two lines
 * only, or never after a sentence's end stays. Every text here is written for the test.
 */

const report = (spam: string, cut = spam) =>
  [
    "2025年某省12345热线运行质量评估报告",
    "",
    `为了解各地热线运行质量，某评估机构对全省12个市的热线进行评估。${spam}`,
    "",
    `一、总体表现${spam}`,
    "",
    `（一）热线运行质量总体得分88.15分，省会城市得分最高${spam}`,
    "",
    `2025年全省热线运行质量总体得分为88.15分。服务响应指标得分为93.20分，问题解决指标得分为84.05分。${spam}`,
    "",
    spam,
    "",
    `（二）热线运行质量较上年提升1.20分，互联网渠道响应加快${cut}`,
  ].join("\n");

describe("a spam suffix repeated after every paragraph", () => {
  test.each([
    ["xYz某某快讯——每天看点新鲜事abcnews.cn", "xYz某某快讯"],
    ["（本文来自某某资讯网 www.mmzx.com 转载请注明）", "（本文来自某某资讯网"],
    ["kUa看点日报—关注身边的新变化kd365.net", "kUa看点日报—关注身边的新变化kd365.net"],
  ])("`%s` goes from headings and paragraphs", (spam, cut) => {
    const { bulletin, warnings } = parseBulletinText(report(spam, cut));
    expect(bulletin.sections.map((s) => s.title)).toContain("总体表现");
    const items = bulletin.sections.flatMap((s) => s.items.flatMap((i) => i.title ?? []));
    expect(items).toEqual([
      "热线运行质量总体得分88.15分，省会城市得分最高",
      "热线运行质量较上年提升1.20分，互联网渠道响应加快",
    ]);
    expect(JSON.stringify(bulletin)).not.toContain(spam.slice(0, 4));
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.message.includes(cut))).toBe(
      true,
    );
  });

  test("a start of it closing the last line of text over the page's foot goes too", () => {
    const spam = "xYz某某快讯——每天看点新鲜事abcnews.cn";
    const text = `${report(spam, "xYz某某快讯")}\n\n版权所有：某某快讯网 备案号：京ICP备12345678号`;
    const items = parseBulletinText(text).bulletin.sections.flatMap((s) =>
      s.items.flatMap((i) => i.title ?? []),
    );
    expect(items).toContain("热线运行质量较上年提升1.20分，互联网渠道响应加快");
  });

  const credited = (tail: string, times: number) =>
    [
      "某市2025年重点工作督查情况通报",
      "一、项目建设",
      ...Array.from(
        { length: 4 },
        (_, k) =>
          `第${k + 1}项工程完成投资1.${k}亿元，已按计划推进。${k < times ? tail : "（责任单位：市住建局）"}`,
      ),
    ].join("\n");

  test.each([
    ["an office's credit without letters", "（责任单位：市发改委）", "责任单位：", 4],
    ["a tail with letters on two lines only", "（见附表A-1，单位：亿元）", "附表A-1", 2],
  ])("%s stays", (_, tail, mark, times) => {
    const { bulletin } = parseBulletinText(credited(tail, times));
    expect(JSON.stringify(bulletin).split(mark).length - 1).toBe(times);
  });

  test("a tail with letters never after a sentence's end stays", () => {
    const tail = "（单位：kWh）";
    const text = [
      "某市2025年用电情况",
      "一、分行业用电",
      ...["第一产业用电量", "第二产业用电量", "第三产业用电量", "居民生活用电量"].map(
        (w, k) => `${w}${k + 2}.5亿${tail}`,
      ),
    ].join("\n");
    const { warnings } = parseBulletinText(text);
    expect(warnings.some((w) => w.code === "web-line-dropped" && w.message.includes("kWh"))).toBe(
      false,
    );
  });
});
