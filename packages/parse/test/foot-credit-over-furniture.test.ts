import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's credit closing its last paragraph (`…。（某某港航网）`, `…。来源：某某在线`) or alone
 * under it (`（某某日報）`, in traditional characters too, under a paragraph its reporters' credit may close:
 * `…。（記者 王某）`), over lines the page printed under the report:
 * a keywords field left empty (`关键词：`) or a forum archive's pager and link (`页: [1]` /
 * `查看完整版本: …`). The credit names the publisher when nothing else does, as it does when it closes
 * the text. A field with a value (`关键词：港口 吞吐量`) is the page's own words, and a credit above
 * other lines (a paragraph after it) names none. Every text here is written for the test.
 */

const HEADLINE = "8月份全市港口货物吞吐量创新高";
const LEDE = "8月份，全市港口完成货物吞吐量1862.5万吨，同比增长6.4%，刷新月度最高纪录。";
const publisherOf = (...tail: string[]) =>
  parseBulletinText([HEADLINE, LEDE, ...tail].join("\n")).bulletin.publication.publisher?.name;

describe("a credit closing the report over the page's furniture", () => {
  test.each([
    [
      "an empty keywords field",
      ["主要原因是铁矿石和煤炭货源市场整体回暖，集装箱航线持续加密。（东海港航网）", "关键词："],
      "东海港航网",
    ],
    [
      "a forum archive's pager and link",
      [
        "市港口集团负责人告诉记者，下一步将继续拓展航线，稳定货源。来源：南城在线",
        "页: [1]",
        `查看完整版本: ${HEADLINE}`,
      ],
      "南城在线",
    ],
    [
      "a paper's name in traditional characters alone under the last paragraph",
      ["主要原因是鐵礦石和煤炭貨源市場整體回暖，集裝箱航線持續加密。", "（東海日報）"],
      "東海日報",
    ],
    [
      "a paper's name under the last paragraph its reporters' credit closes",
      ["主要原因是鐵礦石和煤炭貨源市場整體回暖。(記者 王某某 通訊員 李某)", "(東海日報)"],
      "東海日報",
    ],
  ])("parseBulletinText: %s", (_, tail, publisher) => {
    expect(publisherOf(...tail)).toBe(publisher);
  });

  test.each([
    [
      "a keywords field with its value",
      [
        "主要原因是铁矿石和煤炭货源市场整体回暖，集装箱航线持续加密。（东海港航网）",
        "关键词：港口 吞吐量",
      ],
    ],
    [
      "a paragraph under the credit",
      [
        "主要原因是铁矿石和煤炭货源市场整体回暖，集装箱航线持续加密。（东海港航网）",
        "下一步，全市将继续拓展航线，稳定货源，确保全年目标完成。",
        "关键词：",
      ],
    ],
    [
      "a paper's name under a paragraph a clause's brackets close",
      ["主要原因是铁矿石和煤炭货源市场整体回暖（按可比口径计算）", "（东海日报）"],
    ],
  ])("parseBulletinText: %s names no publisher", (_, tail) => {
    expect(publisherOf(...tail)).toBeUndefined();
  });
});
