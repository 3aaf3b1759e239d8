import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that opens with a body named by its level alone (`县安委会“五一”期间明察暗访不松懈`,
 * `市统计局…`): which county's or city's body it is the headline does not say, so it names no
 * publisher; a body named with its place (`武城县水务局…`) still does. Every text here is written
 * for the test.
 */

const publisherOf = (text: string): string | undefined =>
  parseBulletinText(text).bulletin.publication.publisher?.name;

const BODY =
  "\n\n按照县委、县政府工作部署,我县强化节日期间安全生产明查暗访,全力筑牢安全防线。\n\n检查组当场提出并监督相关单位整改到位。";

describe("a headline's opening body named by its level alone", () => {
  test.each([
    ["a county's committee, short", "县安委会“五一”期间明察暗访不松懈"],
    ["a city's bureau", "市统计局发布前三季度经济运行情况"],
    ["a district's bureau", "区应急管理局开展节前安全检查"],
  ])("%s names no publisher", (_, headline) => {
    expect(publisherOf(`${headline}${BODY}`)).toBeUndefined();
  });

  test.each([
    ["a county's bureau with its place", "武城县水务局全面落实河长制", "武城县水务局"],
    [
      "a city's bureau with its place",
      "辛集市市场监督管理局2025年11月份投诉举报分析",
      "辛集市市场监督管理局",
    ],
  ])("%s is the publisher", (_, headline, name) => {
    expect(publisherOf(`${headline}${BODY}`)).toBe(name);
  });
});
