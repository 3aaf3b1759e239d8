import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Headings without a `一、` marker of their own (issue 14): a label alone on its line before its
 * `：` (`下一步工作要求：`) in a text that numbers no section, a heading over a numbering that
 * starts at `一、` under running text (an annex's `主要指标解释`), and the `一是…` points of an
 * enumeration, which stay text and never head a section.
 */

const sections = (text: string) =>
  parseBulletinText(text).bulletin.sections.map((s) => ({
    title: s.title,
    items: s.items.length,
  }));

const paragraphs = (text: string): string =>
  JSON.stringify(parseBulletinText(text, { metrics: "none" }).bulletin.sections);

describe("headings without a marker of their own", () => {
  test.each([
    {
      what: "a label alone before its ： heads the points under it in a text that numbers no section",
      text: "8月5日,县督查办对重点工作开展督查。\n督查发现,部分工作推进缓慢。\n整改要求:\n一是压实责任。各单位要明确专人。\n二是加快进度。各单位要倒排工期。",
      expected: [
        { title: "正文", items: 1 },
        { title: "整改要求", items: 1 },
      ],
    },
    {
      what: "a line that introduces what follows (如下) is text",
      text: "8月5日,县督查办对重点工作开展督查。\n现将有关情况通报如下:\n一是压实责任。各单位要明确专人。\n二是加快进度。各单位要倒排工期。",
      expected: [{ title: "正文", items: 1 }],
    },
    {
      what: "a lead-in that reports what follows (了解到, 表示, 发现) is text",
      text: "8月5日,县督查办对重点工作开展督查。\n记者了解到:\n全县已办结6件。\n督查发现:\n部分工作推进缓慢。",
      expected: [{ title: "正文", items: 1 }],
    },
    {
      what: "an addressee line (各…, an office's name) is text",
      text: "8月5日,县督查办对重点工作开展督查。\n县政府办公室:\n请各单位按要求整改。\n各乡镇街道:\n请按要求整改。",
      expected: [{ title: "正文", items: 1 }],
    },
    {
      what: "in a text numbered with 一、 a label line stays in its section",
      text: "某县督查通报\n第3期\n2025年8月6日\n一、总体情况\n已办结6件。\n整改要求:\n请各单位按期办结。",
      expected: [{ title: "总体情况", items: 1 }],
    },
    {
      what: "a heading under a sentence over a numbering that starts at 一、 heads a part of its own",
      text: "某区2024年1-2月工业生产情况\n1-2月,全区规上工业完成产值152.0亿元。\n统计范围及主要指标解释\n一、统计范围\n规上工业企业指年主营业务收入2000万元及以上的企业。\n二、采集渠道\n企业通过联网直报系统上报数据。",
      expected: [
        { title: "正文", items: 1 },
        { title: "统计范围及主要指标解释", items: 0 },
        { title: "统计范围", items: 1 },
        { title: "采集渠道", items: 1 },
      ],
    },
    {
      what: "a subtitle under a headline (no sentence before it) over 一、 is no part heading",
      text: "某市12345热线运行分析报告\n（4月1日-4月30日）\n一、热线运行\n本月共转派工单4567件。",
      expected: [
        { title: "正文", items: 1 },
        { title: "热线运行", items: 1 },
      ],
    },
    {
      what: "a web copy's dot after the section numeral (`一.`, `二．`) marks a section like `、`",
      text: "某市热线月报\n第5期\n2024年5月6日\n一.基本情况\n本月受理12件。\n二．热点问题\n供水问题5件。",
      expected: [
        { title: "基本情况", items: 1 },
        { title: "热点问题", items: 1 },
      ],
    },
    {
      what: "a dash or look-alike typed for 一 (`—、`, `ー、`, `⼀、`) marks the first section",
      text: "某市热线月报\n第5期\n2024年5月6日\n—、基本情况\n本月受理12件。\n二、热点问题\n供水问题5件。",
      expected: [
        { title: "基本情况", items: 1 },
        { title: "热点问题", items: 1 },
      ],
    },
    {
      what: "a katakana ー or a Kangxi ⼀ typed for 一 marks the first section too",
      text: "某市热线月报\n第5期\n2024年5月6日\nー、基本情况\n本月受理12件。\n⼀、热点问题\n供水问题5件。",
      expected: [
        { title: "基本情况", items: 1 },
        { title: "热点问题", items: 1 },
      ],
    },
    {
      what: "a line opening with a dash and no 、 (`——2024年工作综述`) is no section",
      text: "某市热线月报\n第5期\n2024年5月6日\n一、基本情况\n本月受理12件。\n——回访满意率98%。",
      expected: [{ title: "基本情况", items: 1 }],
    },
    {
      what: "a numeral and a dot before a figure is no section marker",
      text: "某市热线月报\n第5期\n2024年5月6日\n一、基本情况\n本月受理12件,同比增长一.5倍。",
      expected: [{ title: "基本情况", items: 1 }],
    },
    {
      what: "一是… points are no run-in headings, even two or more in a text without sections",
      text: "1-10月,全市规上工业增加值同比增长5.9%。\n一是超半数行业实现增长。全市37个行业中有21个增长。\n二是高技术产业增势良好。增加值同比增长8.5%。",
      expected: [{ title: "正文", items: 1 }],
    },
  ])("parseBulletinText: $what", ({ text, expected }) => {
    expect(sections(text)).toEqual(expected);
  });

  test("property: a 一是/二是 point keeps its marker and words in the text, never a heading", () => {
    const words = fc
      .array(fc.constantFrom(..."工业运行平稳投资增势良好消费持续恢复"), {
        minLength: 2,
        maxLength: 12,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.array(words, { minLength: 2, maxLength: 4 }), (points) => {
        const marks = "一二三四";
        const text = `全市经济运行总体平稳。\n${points
          .map((p, k) => `${marks.charAt(k)}是${p}。各项指标向好。`)
          .join("\n")}`;
        const kept = paragraphs(text);
        const titles = parseBulletinText(text).bulletin.sections.map((s) => s.title);
        points.forEach((p, k) => {
          expect(kept).toContain(`${marks.charAt(k)}是${p}。`);
          expect(titles).not.toContain(`${marks.charAt(k)}是${p}`);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("a 一、 heading run in before a label's ：", () => {
  const read = (line: string) =>
    parseBulletinText(`某市热线月报\n第5期\n2024年5月6日\n${line}`).bulletin.sections.map((s) => ({
      title: s.title,
      text: s.items
        .flatMap((i) => i.body)
        .flatMap((b) => (Array.isArray(b) ? b : []))
        .map((x) => (typeof x === "string" ? x : x.type))
        .join(""),
    }));

  test.each([
    {
      what: "the label is the section's title, the text after the ： its first paragraph (its figures metrics)",
      line: "一、总体情况:本月受理诉求1200件,同比增长5%。",
      expected: [{ title: "总体情况", text: "本月受理诉求metric，同比增长5%。" }],
    },
    {
      what: "a count in brackets after the label opens the text",
      line: "一、受理情况(1200件):本月办结1100件。",
      expected: [{ title: "受理情况", text: "（metric）：本月办结metric。" }],
    },
    {
      what: "a heading that ends at its 。 before any ： keeps that end",
      line: "一、热线运行平稳。本月受理情况如下:电话受理1000件。",
      expected: [{ title: "热线运行平稳", text: "本月受理情况如下：电话受理metric。" }],
    },
    {
      what: "a clause before the ： is no label (the heading ends at its 。)",
      line: "一、本月热线运行平稳,受理情况:较好。电话受理1000件。",
      expected: [{ title: "本月热线运行平稳，受理情况：较好", text: "电话受理metric。" }],
    },
  ])("parseBulletinText: $what", ({ line, expected }) => {
    expect(read(line)).toEqual(expected);
  });
});

describe("an item marker whose 一 a copy typed as a dash or look-alike", () => {
  const items = (text: string) => {
    const { bulletin, warnings } = parseBulletinText(text);
    return {
      titles: bulletin.sections.flatMap((s) => s.items.map((i) => i.title)),
      outOfOrder: warnings.some((w) => w.code === "marker-out-of-order"),
    };
  };
  test.each(["（―）", "(—)", "(ー)", "（⼀）、"])(
    "parseBulletinText: `%s受理情况` is the first item, `（二）` the second, in order",
    (marker) => {
      expect(
        items(
          `某市热线月报\n第5期\n2024年5月6日\n一、基本情况\n${marker}受理情况\n本月受理12件。\n（二）办理情况\n办结11件。`,
        ),
      ).toEqual({ titles: ["受理情况", "办理情况"], outOfOrder: false });
    },
  );

  test("parseBulletinText: `（——）` (two dashes) opens no item", () => {
    const { titles } = items(
      "某市热线月报\n第5期\n2024年5月6日\n一、基本情况\n（——）本月无新增受理事项。\n（二）办理情况\n办结11件。",
    );
    expect(titles).not.toContain("本月无新增受理事项");
  });
});
