import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `㈠第三产业投资大幅增长` / `㈡工业投资快速增长`: an item marker a word processor writes as one
 * character, a Chinese numeral in parentheses (`㈠`–`㈩`, U+3220–U+3229), heads an item as `（一）` does.
 * The character inside a sentence (`分为㈠、㈡两类`) heads nothing. Written for the rule (the corpus's
 * shape, a city's investment analysis, is the first).
 */

const text = (a: string, b: string) =>
  `1-9月，全市固定资产投资累计完成50.63亿元，同比增长3.94倍。\n一、运行特点\n${a}\n1-9月，工业投资2.35亿元，同比增长33%。\n${b}\n1-9月，房地产开发完成投资21.77亿元，比去年同期增长3.74倍。\n二、存在问题\n项目储备不足。`;

const sections = (t: string) =>
  parseBulletinText(t).bulletin.sections.map((s) => [s.title, s.items.map((i) => i.title)]);

describe("items marked with a parenthesized numeral character", () => {
  test.each([
    ["㈠工业投资快速增长", "㈡房地产开发投资高速增长"],
    ["㈠ 工业投资快速增长", "㈡ 房地产开发投资高速增长"],
  ])("parseBulletinText: `%s` / `%s` head the section's items", (a, b) => {
    expect(sections(text(a, b))).toContainEqual([
      "运行特点",
      ["工业投资快速增长", "房地产开发投资高速增长"],
    ]);
  });

  test("parseBulletinText: the items are numbered as （一）（二） are, in order without a warning", () => {
    const { warnings } = parseBulletinText(text("㈠工业投资快速增长", "㈡房地产开发投资高速增长"));
    expect(warnings.map((w) => w.code)).not.toContain("marker-out-of-order");
  });

  test("parseBulletinText: the character inside a sentence heads nothing (counter-case)", () => {
    const t =
      "一、运行特点\n全市项目分为㈠、㈡两类，共完成投资50.63亿元。\n工业投资2.35亿元，同比增长33%。";
    expect(sections(t)).toEqual([["运行特点", [undefined]]]);
  });
});
