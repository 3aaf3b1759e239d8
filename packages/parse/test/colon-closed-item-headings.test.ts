import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A `（一）` item heading alone on its line that its writer closed with a colon, over a table or a
 * list (`(一)案件基本情况:` over the city's case grid, `(一)在平城区政府网站公开的内容:` over its
 * counts): the heading without the colon, as a section's (`一、…：`) and a numbered item's (`1.…：`)
 * are read (colon-closed-headings.test.ts). A colon that introduces what follows
 * (`（一）具体情况如下：`) stays; a run-in label with its text after the colon is read as before.
 */

const parse = (body: string) =>
  parseBulletinText(`某市2021年2月数字化城管案件通报\n${body}`).bulletin.sections;

const itemTitles = (body: string) =>
  parse(body).flatMap((s) => s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])));

describe("item headings closed with a colon", () => {
  test.each([
    {
      what: "two item headings with ASCII colons over tables (a city's 城管 monthly)",
      body: [
        "一、数据统计",
        "(一)案件基本情况:",
        "问题来源 | 上报数 | 受理数 | 立案数",
        "巡查上报 | 3647 | 3637 | 3623",
        "社会公众举报 | 237 | 233 | 232",
        "(二)市局各部门处置情况:",
        "专业部门 | 应处置数 | 处置数 | 处置率",
        "市城管执法直属一大队 | 1378 | 1378 | 100%",
        "市城管执法直属二大队 | 616 | 616 | 100%",
      ].join("\n"),
      items: ["案件基本情况", "市局各部门处置情况"],
    },
    {
      what: "item headings over running text and a numbered list (a street's 政务公开 report)",
      body: [
        "马军营街道主要工作情况如下:",
        "(一)在平城区政府网站公开的内容:",
        "工作信息58篇:涉及到基层社会治理、乡村振兴、六乱整治等方面。",
        "(二)在街道公开公示的内容:",
        "1、低保方面:2021年全年共对15户新办低保进行公示,无异议。",
      ].join("\n"),
      items: ["在平城区政府网站公开的内容", "在街道公开公示的内容", "低保方面"],
    },
    {
      what: "a full-width colon after a bracket inside the heading",
      body: "一、评价结果\n（一）各地所辖乡（镇、办）综合评价首末名及得分：\n甲镇得分最高，为96分。",
      items: ["各地所辖乡（镇、办）综合评价首末名及得分"],
    },
    {
      what: "a colon that introduces what follows stays (no heading closed by it)",
      body: "一、办理情况\n（一）具体情况如下：\n本月共受理群众诉求1200件。",
      items: ["具体情况如下："],
    },
    {
      what: "a run-in label with its text after the colon is read as before",
      body: "一、办理情况\n（一）热点问题：物业管理类问题较多，共受理86件。",
      items: ["热点问题"],
    },
    {
      what: "an item heading without a colon is read as before",
      body: "一、办理情况\n（一）案件基本情况\n本月共受理案件1200件。",
      items: ["案件基本情况"],
    },
  ])("$what", ({ body, items }) => {
    expect(itemTitles(body)).toEqual(items);
  });
});
