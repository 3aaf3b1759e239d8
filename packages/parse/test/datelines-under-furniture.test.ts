import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy whose page prints short lines between its headline and its report (a counter, the
 * mirror's name, a menu word, the headline again): the report's first paragraph, the first line
 * that ends a sentence, opens with its outlet's dateline (`某某网3月17日电`, `某某日报讯`), and that
 * outlet is the publisher. A dateline that opens a later paragraph (a report quoted further down)
 * names none. Every example is written for the rule, not taken from a page.
 */

const headline = "2025年全省消防救援队伍共接报处置各类警情24.4万起";
const report = "全省消防救援队伍共接报处置各类警情24.4万起，比上年增加3.6%，出动消防车46.9万辆次。";
const later = "其中火灾扑救8.3万起、占总数的34.3%，抢险救援4.4万起、占总数的18.1%。";

describe("a dateline opening the report under a page's short lines", () => {
  test.each([
    [["2815856次浏览", "某某板材网", "游戏介绍"], "某某网3月17日电 ", "某某网"],
    [["阅读 1024", "返回"], "东林日报讯（记者 王明）", "东林日报"],
    [["首页", "新闻中心", headline], "某某新聞網3月17日電 ", "某某新聞網"],
  ])("parseBulletinText: under %j, `%s` names %s", (furniture, dateline, outlet) => {
    const text = [headline, ...furniture, dateline + report, later].join("\n");
    expect(parseBulletinText(text).bulletin.publication.publisher?.name).toBe(outlet);
  });

  test.each([
    // The first paragraph opens without a dateline; a later one quotes another outlet.
    [headline, "2815856次浏览", report, `某某网3月17日电 ${later}`].join("\n"),
    // A sentence naming a site is no dateline.
    [headline, "2815856次浏览", `某某网站上线以来，${report}`, later].join("\n"),
  ])("parseBulletinText: `%s` names no outlet (counter-case)", (text) => {
    expect(parseBulletinText(text).bulletin.publication.publisher?.name ?? "").not.toMatch(
      /某某网/,
    );
  });
});

describe("a dateline joined to the line over it", () => {
  test("parseBulletinText: a paragraph re-wrapped as a page's width breaks it still names its outlet", () => {
    const text = [
      headline,
      "2815856次浏览",
      "某某板材网",
      "游戏介绍",
      `《某某社区》 ${headline}`,
      "某某网3月17日电 全省消防救援队伍共接报处置各类警情24.4万起，比上年增",
      "加3.6%，出动消防车46.9万辆次，从灾害事故现场营救被困人员2.1万人，疏散遇险",
      `人员1.2万人。${later}`,
    ].join("\n");
    expect(parseBulletinText(text).bulletin.publication.publisher?.name).toBe("某某网");
  });
});
