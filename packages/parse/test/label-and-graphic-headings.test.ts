import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Headings without a marker in short pages (issue 14, tuning batch 10): labels alone on their
 * lines heading parallel parts (`北京市：`, `长三角区域25个城市：`), and a newspaper graphic copied
 * as text, whose captions are broken over short lines around its figures. Examples written for the
 * rules.
 */

const sectionsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);
const PARA = "优良天数比例为77.0%，同比提高4.0个百分点。PM2.5浓度为43微克/立方米，同比下降14.0%。";

describe("labels alone on their lines heading parallel parts", () => {
  test.each([
    { labels: ["北京市：", "天津市："] },
    { labels: ["长三角区域25个城市:", "珠三角区域9个城市:"] },
    { labels: ["甲片区：", "乙片区：", "丙片区："] },
  ])("parseBulletinText: $labels head a section each, from the first line on", ({ labels }) => {
    const text = `空气质量状况\n${labels.map((l) => `${l}\n${PARA}`).join("\n")}`;
    expect(sectionsOf(text)).toEqual(labels.map((l) => l.replace(/[：:]$/, "")));
  });

  test.each([
    // One label alone at the top may be whom the text is sent to.
    { text: `空气质量状况\n北京市：\n${PARA}`, heads: false },
    // A sentence that introduces what follows is no label.
    {
      text: `空气质量状况\n现将有关情况通报如下：\n${PARA}\n具体数据如下：\n${PARA}`,
      heads: false,
    },
    // Speakers of an interview are no parts.
    { text: `空气质量状况\n记者：\n${PARA}\n王女士：\n${PARA}`, heads: false },
    // An addressee that names an office.
    { text: `空气质量状况\n某某局：\n${PARA}\n某某中心：\n${PARA}`, heads: false },
  ])("parseBulletinText: `$text` has no label sections", ({ text }) => {
    expect(sectionsOf(text).some((t) => /[市告下者士局心]$/.test(t))).toBe(false);
  });

  test("parseBulletinText: any two place labels over paragraphs head two sections", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("北京市", "某某县", "东部片区", "长三角区域25个城市"),
        fc.constantFrom("上海市", "某某区", "西部片区", "珠三角区域9个城市"),
        fc.constantFrom("：", ":"),
        (a, b, colon) => {
          expect(sectionsOf(`空气质量状况\n${a}${colon}\n${PARA}\n${b}${colon}\n${PARA}`)).toEqual([
            a,
            b,
          ]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a newspaper graphic copied as text", () => {
  const GRAPHIC = [
    "全市地方",
    "一般公共预算收入",
    "79.89亿元 同比增长5.8%",
    "财政收入质效稳步提升",
    "上半年全市一般公共预算收入进度",
    "完成年初预算的57.1%",
    "税收收入增长6.4%",
    "民生保障有力",
    "上半年全市一般公共预算支出",
    "49.49亿元 同比增长2.9%",
  ].join("\n");

  test("parseBulletinText: its sub-heads are one line each, the captions under them no part of them", () => {
    const titles = sectionsOf(GRAPHIC);
    expect(titles).toContain("财政收入质效稳步提升");
    expect(titles).toContain("民生保障有力");
  });

  test("parseBulletinText: a caption broken over its first two lines is no title", () => {
    const result = parseBulletinText(GRAPHIC);
    expect(result.bulletin.publication.title).toBeUndefined();
    expect(sectionsOf(GRAPHIC)).not.toContain("全市地方");
  });

  test("parseBulletinText: a text with sentences keeps a heading broken over two lines", () => {
    expect(
      sectionsOf(
        "某市财政情况\n全市财政运行平稳。\n财政收入质效稳步提升\n——上半年收支分析\n上半年全市一般公共预算收入完成年初预算的57.1%。",
      ),
    ).toContain("财政收入质效稳步提升——上半年收支分析");
  });

  test("parseBulletinText: a headline of eight characters or more over a graphic stays its title", () => {
    expect(
      parseBulletinText(`上半年全市财政收支情况\n${GRAPHIC.split("\n").slice(1).join("\n")}`)
        .bulletin.publication.title,
    ).toBe("上半年全市财政收支情况");
  });
});
