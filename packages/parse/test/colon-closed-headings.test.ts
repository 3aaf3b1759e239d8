import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * A numbered heading alone on its line that its writer closed with a colon (issue 14):
 * `一、10月和11月数据对比：`, `1.各县市区办理情况：` over a table — the heading without the colon.
 */

const parse = (body: string) =>
  parseBulletinText(`某区2025年11月群众诉求办理情况通报\n${body}`).bulletin.sections;

const sectionTitles = (body: string) => parse(body).map((s) => s.title);
const itemTitles = (body: string) =>
  parse(body).flatMap((s) => s.items.map((i) => i.title ?? null));

describe("headings closed with a colon", () => {
  test.each([
    {
      what: "a section heading with a full-width colon",
      body: "一、本月受理概况：\n本月共受理群众诉求1200件，办结率98%。",
      sections: ["本月受理概况"],
    },
    {
      what: "a section heading with an ASCII colon that opens with a month",
      body: "一、10月和11月数据对比:\n10月共受理工单1247件。\n二、存在问题:\n部分工单办理超时。",
      sections: ["10月和11月数据对比", "存在问题"],
    },
    {
      what: "a section heading whose colon introduces what follows keeps it",
      body: "一、具体情况如下：\n本月共受理群众诉求1200件。",
      sections: ["具体情况如下："],
    },
  ])("$what", ({ body, sections }) => {
    expect(sectionTitles(body)).toEqual(sections);
  });

  test.each([
    {
      what: "a numbered item heading over a table",
      body: "一、办理情况\n1.各县市区办理情况:\n| 县区 | 件数 |\n| 甲县 | 52 |\n| 乙县 | 29 |\n2.市直部门办理情况：\n| 部门 | 件数 |\n| 市住建局 | 7 |\n| 市文旅局 | 5 |",
      items: ["各县市区办理情况", "市直部门办理情况"],
    },
    {
      what: "a bracketed-number item heading over running text",
      body: "一、办理情况\n（1）热点问题：\n物业管理类问题较多，共受理86件。",
      items: ["热点问题"],
    },
    {
      what: "a run-in label with text after its colon is still a run-in title",
      body: "一、办理情况\n1.数量变化：城市管理类10月为362件，11月为337件。",
      items: ["数量变化"],
    },
  ])("$what", ({ body, items }) => {
    expect(itemTitles(body).filter((t) => t !== null)).toEqual(items);
  });

  test("a numbered line that introduces what follows is no heading", () => {
    const titles = itemTitles("一、办理情况\n1.具体情况如下：\n物业管理类问题较多，共受理86件。");
    expect(titles).not.toContain("具体情况如下");
  });

  test("any heading of Han words closed with a colon reads as the same heading without it", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[业务办理情况分析数据对比热点问题总体工单城市管理]{2,12}$/),
        fc.constantFrom("：", ":"),
        (words, colon) => {
          fc.pre(!/(?:如下|以下|说|称|问|答)$/.test(words));
          const closed = sectionTitles(`一、${words}${colon}\n本月共受理群众诉求1200件。`);
          const bare = sectionTitles(`一、${words}\n本月共受理群众诉求1200件。`);
          expect(closed).toEqual(bare);
        },
      ),
      { numRuns: 60 },
    );
  });
});
