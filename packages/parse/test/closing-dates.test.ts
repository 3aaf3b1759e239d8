import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's report closed by its date alone on the line under its last paragraph, no issuer's
 * name over it, the page's foot under it (`…污水井盖（5件）。` / `2017年1月3日` / `来源：某某日报`):
 * the date the report was written, and no text. Without the page's foot under it, a date under a
 * sentence stays no 落款 (as `forum-copies.test.ts` holds); a date that is no whole day, a date
 * inside a paragraph, or a date under a heading (no sentence closed over it) is not read either.
 * Every example is written for the rule, not taken from a page.
 */

const report =
  "某市数字化城市管理12月绩效情况通报\n12月共受理各类城市管理案件1054件，其中立案996件，结案率93.72%。\n部件类问题上传数量排列前3位的依次是：垃圾箱（7件）；雨水井盖（6件）。";

describe("a date alone closing the report", () => {
  test.each([
    ["2017年1月3日\n来源：某某日报", "2017-01-03"],
    ["2017年01月03日\n【责任编辑：王明】", "2017-01-03"],
    ["二〇一七年一月三日\n本文来源：某某新闻网", "2017-01-03"],
  ])("parseBulletinText: `%s` under the last paragraph dates the report %s", (foot, date) => {
    const { bulletin } = parseBulletinText(`${report}\n${foot}`);
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(JSON.stringify(bulletin.sections)).not.toContain("2017年1月3日");
  });

  test.each([
    // No page's foot under it: no 落款.
    `${report}\n2017年1月3日`,
    // No whole day.
    `${report}\n2017年1月\n来源：某某日报`,
    // A heading's line over the date: no paragraph closed over it.
    `${report}\n三、下一步工作\n2017年1月3日\n来源：某某日报`,
    // The date inside the last paragraph.
    `${report}\n截至2017年1月3日，全市共受理案件1054件。`,
  ])("parseBulletinText: `%s` gives no date by its foot (counter-case)", (text) => {
    expect(parseBulletinText(text).bulletin.issue.publishedOn).toBeUndefined();
  });
});
