import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A digital edition's page (the 数字报 layout many papers share) printing its buttons to the previous
 * and the next article, their arrows as 3 and 4 where the icon font is lost (`3上一篇 下一篇4`), before
 * the issue's day, then its weekday, the page's number or the zoom tools: that day dates the page, and
 * the line is no title. Near-misses: the buttons alone, the buttons before a headline. Written for
 * held-out-125's and -65's e-paper copies; every text is invented.
 */

const parse = (line: string) =>
  parseBulletinText(
    `版面导航\n${line}\n本市今年再添25.8万亩新绿\n记者从市园林绿化局获悉，本市今年完成造林25.8万亩，超额完成年度任务。`,
  ).bulletin;

describe("an e-paper's article buttons before the issue's day", () => {
  test.each([
    ["3上一篇  下一篇4 2019年12月20日 放大 缩小 默认", "2019-12-20"],
    ["3上一篇 下一篇4 2020 年 10 月 13 日 星期二   01", "2020-10-13"],
    ["上一篇 下一篇 2021-06-08 星期二", "2021-06-08"],
    ["3 上一篇  下一篇 4 2023年3月2日 星期四 05 放大 缩小 默认", "2023-03-02"],
  ])("parseBulletinText: `%s` dates the page %s", (line, date) => {
    const bulletin = parse(line);
    expect(bulletin.issue.publishedOn).toBe(date);
    expect(bulletin.publication.title).toBe("本市今年再添25.8万亩新绿");
  });

  test.each([["3上一篇  下一篇4"], ["3上一篇 下一篇4 2020年10月13日 本市举行植树节活动"]])(
    "parseBulletinText: `%s` dates nothing",
    (line) => {
      expect(parse(line).issue.publishedOn).toBeUndefined();
    },
  );
});
