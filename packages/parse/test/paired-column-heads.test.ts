import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * `要闻聚焦` / paragraphs / `地方动态` / paragraphs: a digest's column names, each a short bare heading
 * of the same length, the first at the top of the body and one more between paragraphs. The first
 * heads its part as the later one does (two later ones were needed before). A first line of
 * another length (a headline, a lede's label) keeps its reading. Written for the rule (a culture
 * and tourism ministry's daily digest prints the shape).
 */

const text = (first: string, later: string): string =>
  [
    "文旅早班车（2023年3月6日）",
    "",
    first,
    "",
    "为推动文化和旅游深度融合，某部近日印发通知，部署开展春季文旅消费促进活动。",
    "",
    "近日，某部拟认定15家单位为国家级旅游休闲街区，公示期为5个工作日。",
    "",
    later,
    "",
    "3月5日，某省某市举办油菜花旅游节开幕式，吸引游客2.6万人次。",
    "",
    "3月4日，某县启动乡村旅游季系列活动。",
  ].join("\n");

describe("a digest's first column name paired with a later one", () => {
  test.each([
    ["要闻聚焦", "地方动态"],
    ["热点关注", "基层动态"],
    ["政策速览", "各地动态"],
  ])("`%s` heads its part beside `%s`", (first, later) => {
    expect(parsedView(text(first, later), ["headings"]).headings).toEqual([first, later]);
  });

  test.each([
    // Of another length: a headline, not a column's name.
    ["春季文旅消费活动启动", "地方动态"],
    ["要闻", "地方动态"],
    // A page widget's count, not Han words alone.
    ["阅读（）", "网友评论"],
  ])("`%s` over the text beside `%s` is no heading", (first, later) => {
    expect(parsedView(text(first, later), ["headings"]).headings).not.toContain(first);
  });

  test("the first column's figures are read as the untitled part's were", () => {
    const { bulletin } = parseBulletinText(text("要闻聚焦", "地方动态"));
    expect(bulletin.metrics.map((m) => m.value)).toContain(15);
  });
});
