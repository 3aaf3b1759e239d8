import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `一、2023年工作回顾 2023年是…目标。 （一）坚持“谋发展、促增长”，全力提振经济活力。 紧盯关键指标。…`: a
 * 工作总结 whose `一、` heading, its paragraph and its first `（一）` head a page flattened into one line
 * (paragraph breaks turned into spaces). A line that opens with a heading a space ends and holds an
 * item marker after a sentence's end and a space is such a flattened text, though it holds one such
 * marker only: the item starts a line, its run-in title (phrases joined by a comma, a quoted slogan
 * with its `、` in one) is the item's. An item marker after a sentence's end without the space, or
 * under a heading no space ends, starts no line. Written for the rule (held-out-31's 街道 工作总结 on a
 * district portal); every text here is invented.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    sections: bulletin.sections.map((s) => s.title),
    items: bulletin.sections.flatMap((s) => s.items.map((i) => i.title).filter(Boolean)),
  };
};

const TITLE = "某街道2023年工作总结和2024年工作思路";
const HEAD =
  "一、2023年工作回顾 2023年是全面贯彻某某精神的开局之年，全年实现地区生产总值60.3亿元。";

describe("a flattened first heading and its first item", () => {
  test.each([
    [
      "a quoted slogan in the item's title",
      `${TITLE}\n${HEAD} （一）坚持“谋发展、促增长”，全力提振经济活力。 紧盯关键指标。完成固定资产投资32.5亿元。`,
      "坚持“谋发展、促增长”，全力提振经济活力",
    ],
    [
      "plain phrases",
      `${TITLE}\n${HEAD} （一）聚焦产业发展，全力稳住经济大盘。 提升发展动能。全年引进企业137家。`,
      "聚焦产业发展，全力稳住经济大盘",
    ],
  ])("%s: the section and the item are read", (_, text, item) => {
    const got = read(text);
    expect(got.sections).toContain("2023年工作回顾");
    expect(got.items).toContain(item);
  });

  test.each([
    [
      "no space after the sentence",
      `${TITLE}\n${HEAD}（一）坚持“谋发展、促增长”，全力提振经济活力。 紧盯关键指标。完成固定资产投资32.5亿元。`,
    ],
    [
      "a heading no space ends",
      `${TITLE}\n一、2023年工作回顾。2023年是开局之年，全年实现地区生产总值60.3亿元。 （一）坚持“谋发展、促增长”，全力提振经济活力。 紧盯关键指标。`,
    ],
  ])("near-miss: %s starts no item", (_, text) => {
    expect(read(text).items).not.toContain("坚持“谋发展、促增长”，全力提振经济活力");
  });
});
