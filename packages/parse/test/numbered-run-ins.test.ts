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
    {
      what: "a label of more than eight characters before its ：",
      body: "2.受理量位于前三的区县单位：东城街道45件；西城街道30件。",
      items: [{ title: "受理量位于前三的区县单位", text: "东城街道metric；西城街道metric。" }],
    },
    {
      what: "a label holding a number that is no figure",
      body: "（一）12345热线来电量：共受理来电1200件。",
      items: [{ title: "12345热线来电量", text: "共受理来电metric。" }],
    },
    {
      what: "a label of two names joined by 、",
      body: "（二）市、县热线转办情况：转办36件。",
      items: [{ title: "市、县热线转办情况", text: "转办metric。" }],
    },
    {
      what: "a label with a count in brackets: the count opens the item's text",
      body: "1.供水问题（120件）：主要反映停水。",
      items: [{ title: "供水问题", text: "（metric）：主要反映停水。" }],
    },
    {
      what: "a label with a count in brackets on a line the copy cut after its ：",
      body: "3.燃气问题（45件）：",
      items: [{ title: "燃气问题", text: "（metric）：" }],
    },
    {
      what: "a run-in title before 。 holding a number that is no figure",
      body: "4.年产值500万以上企业方面。全县完成产值12亿元。",
      items: [{ title: "年产值500万以上企业方面", text: "全县完成产值metric。" }],
    },
    {
      what: "a word processor's one-character markers (⑴, ⒈) number run-in titles",
      body: "⑴供水问题。共5件。\n⒉燃气问题：共3件。",
      items: [
        { title: "供水问题", text: "共metric。" },
        { title: "燃气问题", text: "共metric。" },
      ],
    },
    {
      what: "a label holding a quoted name",
      body: "（三）“一网通办”情况：网上办件1200件。",
      items: [{ title: "“一网通办”情况", text: "网上办件metric。" }],
    },
    {
      what: "a label with a note in brackets (no figure) keeps its note",
      body: "2.交通管理（含停车）：主要反映乱停车。",
      items: [{ title: "交通管理（含停车）", text: "主要反映乱停车。" }],
    },
    {
      what: "a clause in brackets after the label is no label's note",
      body: "2.交通管理（停车较多，拥堵严重）：主要反映乱停车。",
      items: [
        {
          title: undefined,
          text: "2.交通管理（停车较多，拥堵严重）：主要反映乱停车。",
        },
      ],
    },
    {
      what: "a date before the ： is no label (the whole line stays text)",
      body: "1.9月8日：召开培训会。",
      items: [{ title: undefined, text: "1.9月8日：召开培训会。" }],
    },
    {
      what: "a figure before the ： is no label",
      body: "2.受理来电1200件：其中转办300件。",
      items: [{ title: undefined, text: "2.受理来电metric：其中转办metric。" }],
    },
    {
      what: "a clause before the ： is no label",
      body: "（一）全市受理来电，其中：转办300件。",
      items: [{ title: undefined, text: "全市受理来电，其中：转办metric。" }],
    },
    {
      what: "a label of more than sixteen characters is no label",
      body: "1.本月市民通过热线反映最为集中的几类问题主要是：供水。",
      items: [{ title: undefined, text: "1.本月市民通过热线反映最为集中的几类问题主要是：供水。" }],
    },
    {
      what: "a sentence with a number alone on its line is no title",
      body: "(3)规模以上企业指年收入2000万及以上的企业。",
      items: [{ title: undefined, text: "（3）规模以上企业指年收入2000万及以上的企业。" }],
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

  test("parseBulletinText: a label of Han text, digits and 、 before ： (a count in brackets after it or not) heads the item, and no character of the line is lost (property)", () => {
    const han = fc
      .array(fc.constantFrom(..."热线政务服务投诉举报受理办理情况区县街道部门供水燃气"), {
        minLength: 2,
        maxLength: 5,
      })
      .map((cs) => cs.join(""));
    // At most 16 characters: two runs of Han text, a number of up to five digits, a 、.
    const label = fc
      .tuple(
        han,
        fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }),
        fc.constantFrom("", "、"),
        han,
      )
      .map(([a, n, sep, b]) => `${a}${n ?? ""}${sep}${b}`);
    fc.assert(
      fc.property(
        label,
        fc.option(fc.integer({ min: 1, max: 9_999 }), { nil: undefined }),
        fc.constantFrom("N.", "N、", "（N）", "(N)"),
        (l, count, marker) => {
          const bracket = count === undefined ? "" : `（${count}件）`;
          const body = `${marker.replace("N", "1")}${l}${bracket}：主要反映问题。`;
          const [item] = items(body);
          expect(item?.title).toBe(l);
          expect(item?.text).toBe(`${count === undefined ? "" : "（metric）："}主要反映问题。`);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/**
 * Item headings a copy set off otherwise than with `。` (issue 14, formerly held-out-9: a daily
 * 疫情防控 report, a procuratorate's half year): a space after an item's run-in title, as after a
 * section's (`（一）核酸检测情况 2021年10月8日，…`), and a numbered item whose dot the copy lost
 * after the item printed with its dot (`1.监外执行检察情况。…` then `2刑事执行活动违法。…`).
 */
describe("item titles a space or a lost dot sets off", () => {
  const titles = (body: string): (string | undefined)[] => items(body).map((i) => i.title);

  test.each([
    {
      what: "a space after a bracketed item's title, before a sentence of clauses",
      body: "（一）受理情况 本月共受理来电1200件，同比增长5%。\n（二）办结情况 本月办结1180件，办结率98.3%。",
      titles: ["受理情况", "办结情况"],
    },
    {
      what: "the same after an item that opens with a date",
      body: "（一）疫苗接种情况 2021年5月8日，全县接种新冠疫苗408人，其中第二剂次151人。",
      titles: ["疫苗接种情况"],
    },
    {
      what: "the same where a page broke the paragraph after the item's first line",
      body: "（一）核酸检测情况 2021年10月8日，县人民医院\n发热门诊就诊数为39人，为门诊发热病人、当天\n新入院患者及陪护人员共731份进行核酸检测。",
      titles: ["核酸检测情况"],
    },
    {
      what: "counter-case: a heading line of phrases with a space keeps its words",
      body: "（一）强化组织领导 压实工作责任，推动工作落实\n各单位成立工作专班，明确责任分工，确保各项任务落到实处。",
      titles: ["强化组织领导压实工作责任，推动工作落实"],
    },
    {
      what: "counter-case: a stray space inside a short phrase closed by 。 is no title's end",
      body: "（一）受理量较 快增长。本月共受理来电1200件，同比增长5%。",
      titles: ["受理量较快增长"],
    },
    {
      what: "counter-case: a space before words without a clause mark ends no title",
      body: "（一）受理情况 本月共受理来电1200件。",
      titles: [undefined],
    },
  ])("parseBulletinText: $what", ({ body, titles: expected }) => {
    expect(titles(body)).toEqual(expected);
  });

  test.each([
    {
      what: "the item after `1.` whose dot was lost",
      body: "1.信访件办理情况。本月办理信访件12件。\n2群众满意度。回访满意率98%。",
      titles: ["信访件办理情况", "群众满意度"],
    },
    {
      what: "the same after `1、` and a line of its text",
      body: "1、受理情况。本月受理投诉32件，\n同比增长5%。\n2办结情况。本月办结投诉30件。\n3回访情况。回访满意率98%。",
      titles: ["受理情况", "办结情况", "回访情况"],
    },
    {
      what: "counter-case: a numeral before a unit opens a sentence (`2家企业…`)",
      body: "1.检查情况。本月检查企业12家。\n2家企业存在隐患。已责令整改。",
      titles: ["检查情况"],
    },
    {
      what: "counter-case: a number that does not follow on is no item (`1.` then `3…`)",
      body: "1.检查情况。本月检查企业12家。\n3号仓库存在隐患。已责令整改。",
      titles: ["检查情况"],
    },
  ])("parseBulletinText: $what", ({ body, titles: expected }) => {
    expect(titles(body).filter((t) => t !== undefined)).toEqual(expected);
  });
});
