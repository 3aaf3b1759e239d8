import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Numbered paragraphs with a run-in title (issue 14): `（1）工程建设项目。完成…`,
 * `1、基本数据：4月份，…` — the title before its `。`, or a short label before its `：`.
 */

const items = (body: string) =>
  parseBulletinText(
    `某市2025年5月公共资源交易情况\n一、总体情况\n${body}`,
  ).bulletin.sections.flatMap((s) =>
    s.items.map((i) => ({
      title: i.title,
      text: i.body
        .flatMap((b) => (Array.isArray(b) ? b : []))
        .map((x) => (typeof x === "string" ? x : x.type))
        .join(""),
    })),
  );

describe("numbered run-in paragraphs", () => {
  test.each([
    {
      what: "a bracketed number before a title ending in 。",
      body: "（1）工程建设项目。完成交易52项。",
      items: [{ title: "工程建设项目", text: "完成交易metric。" }],
    },
    {
      what: "an ASCII-bracketed number before a short label and its ：",
      body: "(2)政府采购：完成交易36项。",
      items: [{ title: "政府采购", text: "完成交易metric。" }],
    },
    {
      what: "a 1、 number before a short label and its ASCII colon",
      body: "1、基本数据:4月份,共受理群众诉求2877件。",
      items: [{ title: "基本数据", text: "4月份，共受理群众诉求metric。" }],
    },
    {
      what: "a clause with a figure is no title (the whole line stays text)",
      body: "1.住房保障类（793件，占比17.36%）。主要涉及物业管理。",
      items: [{ title: undefined, text: "1.住房保障类（metric，占比metric）。主要涉及物业管理。" }],
    },
    {
      what: "a numbered definition with a clause is no title",
      body: "(1) 国内生产总值简称GDP,是一个国家的生产成果。",
      items: [{ title: undefined, text: "（1）国内生产总值简称GDP，是一个国家的生产成果。" }],
    },
  ])("parseBulletinText: $what", ({ body, items: expected }) => {
    expect(items(body)).toEqual(expected);
  });

  test("parseBulletinText: any numbered run-in title (1. 1、 （1） (1), before 。 or a short label before ：) heads an item whose body keeps the rest (property)", () => {
    const title = fc
      .array(fc.constantFrom(..."工程建设政府采购土地矿权产权交易诉求分类基本数据"), {
        minLength: 2,
        maxLength: 8,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        title,
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom("N.", "N、", "（N）", "(N)"),
        fc.constantFrom("。", "："),
        fc.nat({ max: 99_999 }),
        (t, n, marker, stop, count) => {
          const body = `${marker.replace("N", String(n))}${t}${stop}完成交易${count}项。`;
          expect(items(body)).toEqual([{ title: t, text: "完成交易metric。" }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
