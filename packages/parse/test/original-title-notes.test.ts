import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A repost that prints no headline of its own, only a note naming the original one: `原标题：…` run
 * on after the last sentence and closed by the page's credits (`编辑：…`, `校审：…`), or
 * `【原题目：…】` after the source's credit. The note's headline is the title. A headline printed
 * over the text keeps the title; a note that goes on into a sentence, or a word 原标题 without its
 * colon, names none. Every text is written for the test.
 */

const body =
  "今年国庆假期，某市道路日均车流量达210.5万辆，创历史新高。全市道路交通事故起数同比下降31.2%。\n节日期间，全市共出动警力1.2万人次，查处各类交通违法8600余起。";

describe("a repost's note naming its original headline", () => {
  test.each([
    [
      `${body} 原标题：创新高！国庆假期某市道路日均车流量210余万辆 编辑：王某 校审：李某 |`,
      "创新高！国庆假期某市道路日均车流量210余万辆",
    ],
    [
      `${body}\n（来源：某某蔬菜网）【原题目：2020年3月5日某省基本蔬菜品种零售价格监测分析】`,
      "2020年3月5日某省基本蔬菜品种零售价格监测分析",
    ],
    [`${body}\n原标题：国庆假期某市交通平稳有序`, "国庆假期某市交通平稳有序"],
  ])("parseBulletinText: the note names the title", (text, title) => {
    expect(parseBulletinText(text).bulletin.publication.title).toBe(title);
  });
});

describe("notes that name no title, or a title printed over the text", () => {
  test("parseBulletinText: a headline over the text stays the title", () => {
    const text = `某市国庆假期交通运行情况通报\n${body} 原标题：国庆假期某市交通平稳有序 编辑：王某`;
    expect(parseBulletinText(text).bulletin.publication.title).toBe("某市国庆假期交通运行情况通报");
  });

  test.each([
    [`${body}\n据了解，这篇报道的原标题是国庆假期某市交通平稳有序，后有改动。`],
    [`${body} 原标题：国庆假期某市交通平稳有序，全市共出动警力1.2万人次，查处交通违法8600余起。`],
  ])("parseBulletinText: `%s` names no title", (text) => {
    expect(parseBulletinText(text).bulletin.publication.title).toBeUndefined();
  });
});
