import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A report's part listing its points each led by a dash, a run-in title before the first `。` and
 * the point's text after it (`——理论学习扎实深入。组织县委理论学习中心组…`, a 政府工作报告's
 * `——坚持稳中求进，经济运行总体平稳。…`): each point is an item with that title, the dash dropped, also
 * where a copy cut after the first. A deck line (`——总体平稳 …`, no `。`), an attribution
 * (`——摘自《…》`), a dash before a sentence with a figure or a date, a reply in a dialogue
 * (`——是的。…`) and a title with nothing after it are no items. Written for the rule (the corpus's
 * shapes, a county 宣传 year review and two 政府工作报告 copies, are the first).
 */

const itemTitles = (text: string) =>
  parseBulletinText(text).bulletin.sections.flatMap((s) =>
    s.items.flatMap((i) => (i.title === undefined ? [] : [i.title])),
  );

describe("dash-led points with run-in titles", () => {
  test.each([
    [
      "a 宣传 review's points under a heading",
      "一、强化理论武装\n——集中学习制度化。全年组织中心组集中学习12次，开展专题研讨6次。\n——基层宣讲常态化。组建宣讲队伍15支，开展宣讲300余场次。",
      ["集中学习制度化", "基层宣讲常态化"],
    ],
    [
      "parallel phrases before the `。`",
      "一、过去一年的工作\n——坚持稳中求进，经济运行总体平稳。地区生产总值增长6.2%。\n——坚持改革创新，发展活力持续增强。新增市场主体8000户。",
      ["坚持稳中求进，经济运行总体平稳", "坚持改革创新，发展活力持续增强"],
    ],
    [
      "one point left where the copy was cut, after a lead-in",
      "一年来，主要做了以下工作：\n——乡村振兴扎实推进。我们坚持农业农村优先发展，新建高标准农田2万亩",
      ["乡村振兴扎实推进"],
    ],
  ])("%s", (_, text, titles) => {
    expect(itemTitles(text)).toEqual(titles);
  });

  test("the point's text stays in the item, its figures read", () => {
    const b = parseBulletinText(
      "一、强化理论武装\n——基层宣讲常态化。组建宣讲队伍15支，开展宣讲300余场次。",
    ).bulletin;
    expect(JSON.stringify(b.sections[0]?.items[0]?.body)).toContain("组建宣讲队伍");
    expect(b.metrics?.map((m) => [m.value, m.unit])).toContainEqual([15, "支"]);
  });
});

describe("dash lines that are no such points (counter-cases)", () => {
  test.each([
    [
      "a deck line",
      "就业形势怎么样？\n——总体平稳 1-6月城镇新增就业717万\n上半年就业形势保持稳定。",
    ],
    ["an attribution", "发展是第一要务。\n——摘自《某某日报》2023年3月5日评论员文章。"],
    ["a sentence with a figure", "一、投资情况\n——全年完成投资12亿元。其中工业投资5亿元。"],
    ["a date", "一、工作动态\n——3月5日。县政府召开常务会议，研究部署春耕工作。"],
    ["a reply in a dialogue", "记者问：效果如何？\n——是的。群众满意度明显提高，投诉量下降。"],
    ["a title with nothing after it", "一、工作成效\n——理论学习扎实深入。\n全年组织学习12次。"],
  ])("%s", (_, text) => {
    expect(itemTitles(text)).toEqual([]);
  });
});
