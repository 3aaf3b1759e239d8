import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's text-size widget (`字体大小：【大】【中】【小】`, `0 收藏 打印 增大字体 减小字体`) and its notes
 * for keyboard and screen-reader users (`正文内容区域请使用tab按钮切换浏览`, `按 Enter 到主內容區`,
 * `本站已启用无障碍浏览系统,欢迎点击访问!`), each on a line of its own: the site's, never the title.
 * The lines are from tuning texts of the corpus (shangdang-poverty-funds-2019,
 * guizhou-county-finance-2016-gxcounty, shanghai-putuo-gov-info-stats-2022h1,
 * taiwan-nhi-fraud-checks-2016-trad, lingwu-city-ops-center-2024h1).
 */

const headline = "2022年上半年政府信息公开数据统计";
const body =
  "2022年上半年，全区各级行政机关共制发公文707件，主动公开673件。\n二、依申请公开情况\n全区共受理政府信息公开申请267件。";

describe("a page's text-size widget and accessibility notes over its headline", () => {
  test.each([
    ["字体大小:【大】 【中】 【小】"],
    ["0 收藏 打印 增大字体 减小字体"],
    ["字体大小:A+ A A-"],
    ["正文内容区域请使用tab按钮切换浏览"],
    ["特殊稿件右侧区域内容请使用tab按钮切换浏览"],
    ["按 Enter 到主內容區"],
    ["本站已启用无障碍浏览系统,欢迎点击访问!"],
  ])("parseBulletinText: `%s` is dropped and the headline under it is the title", (line) => {
    const { bulletin } = parseBulletinText(`${line}\n${headline}\n${body}`);
    expect(bulletin.publication.title).toBe(headline);
  });

  test.each([["0 收藏 打印 增大字体 减小字体"], ["本站已启用无障碍浏览系统,欢迎点击访问!"]])(
    "parseBulletinText: over a text without a headline, `%s` is no title",
    (line) => {
      const { bulletin } = parseBulletinText(`${line}\n${body}`);
      expect(bulletin.publication.title).toBeUndefined();
    },
  );
});

describe("lines of a text that speak of text size or accessibility", () => {
  test.each([
    // A heading and sentences of a report on a site's accessibility, a count before a word that
    // is no widget's.
    ["一、无障碍浏览系统建设情况", "无障碍浏览系统建设情况"],
    ["本站已启用无障碍浏览系统，全年访问量12万次。", "全年访问量"],
    ["窗口人员请使用tab按钮切换浏览后再办理。", "窗口人员"],
    ["12 收藏品", "收藏品"],
  ])("parseBulletinText: `%s` in the text stays", (line, kept) => {
    const { bulletin } = parseBulletinText(`${headline}\n${body}\n${line}\n其中即办件21004件。`);
    expect(JSON.stringify(bulletin.sections)).toContain(kept);
  });
});
