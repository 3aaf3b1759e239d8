import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline that asks (`某市全年平均气温？冬天冷不冷？夏天热不热？`, one to three questions, perhaps a statement
 * after them: `毕业生们都去哪就业？多所高校发布就业报告`) over a lede of whole sentences is the title, as a headline
 * whose phrases an exclamation mark parts is. Near-misses keep their reading (no title): a question
 * with a comma or a colon, four questions, an exclamation mark among them, a question over a short
 * line or a line that closes no sentence. Every example is written for the rule.
 */

const lede = "2010年,某市气温显著偏高,降水总量略偏多,日照时数略偏少。";
const long =
  "随着新一年的到来,秋招季已经落幕。某省应届毕业生达10.8万人,就业情况备受关注,多所高校发布了就业质量报告。";
const second = "全市年平均气温为16.9℃,比常年偏高1.1℃,比上年下降0.3℃。";

const titleOf = (lines: string[]) =>
  parseBulletinText(lines.join("\n\n")).bulletin.publication.title;

describe("a headline that asks", () => {
  test.each([
    [
      "three questions over a short lede",
      ["某市全年平均气温?冬天冷不冷?夏天热不热?", lede, second],
      "某市全年平均气温？冬天冷不冷？夏天热不热？",
    ],
    [
      "a question and a statement holding a figure",
      ["毕业生们都去哪就业?多所高校发布2022就业报告", long, second],
      "毕业生们都去哪就业？多所高校发布2022就业报告",
    ],
    ["one question", ["9个设区市空气质量谁最好?", long, second], "9个设区市空气质量谁最好？"],
  ])("%s: the title", (_name, lines, title) => {
    expect(titleOf(lines)).toBe(title);
  });

  test.each([
    ["a comma", ["为什么,某市冬天冷不冷?", lede, second]],
    ["a label's colon", ["问:某市冬天冷不冷?", lede, second]],
    ["four questions", ["冷不冷?热不热?干不干?湿不湿?", lede, second]],
    ["an exclamation mark among them", ["真冷!某市冬天冷不冷?", "冬天", "夏天"]],
    ["over a short line", ["某市全年平均气温?冬天冷不冷?", "气温偏高", "降水偏多"]],
    [
      "over a line that closes no sentence",
      ["某市全年平均气温?冬天冷不冷?", "气温偏高,降水总量略偏多,日照时数略偏少", "夏天"],
    ],
  ])("%s: no title", (_name, lines) => {
    expect(titleOf(lines)).toBeUndefined();
  });
});
