import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news lede whose cutoff at a year's end follows the clause saying who told it: `…在例行新闻发布会
 * 上表示，截至2020年底，全国…消除比例达到98.2%`, `某部发布最新统计数据：截至2023年底，…`, `某部召开例行
 * 新闻发布会。会上宣布：截至2020年底，…`. The year whose end the stock is counted at is the span, as
 * when the lede opens with the cutoff. Every text here is written for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `全国城市黑臭水体消除比例达98.2%\n\n${opening}\n\n全国省级及以上工业园区全部建成污水集中处理设施。`,
  ).bulletin.issue.period;

describe("a cutoff at a year's end after the clause saying who told it", () => {
  test.each([
    [
      "30日，某部总工程师张某在某部举办的例行新闻发布会上表示，截至2020年底，全国地级及以上城市2914个黑臭水体消除比例达到98.2%。",
      2020,
    ],
    [
      "3月30日，某部召开例行新闻发布会。会上宣布：截至2020年底，全国地级及以上城市2914个黑臭水体消除比例达到98.2%。",
      2020,
    ],
    ["近日，某省委组织部发布最新党内统计数据：截至2023年底，全省共有党员560.51万名。", 2023],
    ["某局新聞發言人在發布會上表示，截止2019年末，全縣共有公共圖書館3個，藏書量42萬冊。", 2019],
  ])("parseBulletinText: `%s` states the year %i", (opening, year) => {
    expect(period(opening)).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "a target, not a cutoff",
      "某部负责人在例行新闻发布会上表示，到2025年底，全国县级城市黑臭水体消除比例达到90%。",
    ],
    [
      "a plan's words in the count",
      "某部负责人在例行新闻发布会上表示，截至2025年底，力争全国新建污水处理厂45座。",
    ],
    [
      "a first sentence that gives its own figures",
      "全国共排查黑臭水体2914个，占比98.2%。会上宣布：截至2020年底，全国消除比例达到98.2%。",
    ],
    ["a month's end", "某部负责人在发布会上表示，截至2020年11月底，全国消除比例达到98.2%。"],
  ])("parseBulletinText: %s states no year", (_, opening) => {
    expect(period(opening)?.kind).not.toBe("year");
  });
});
