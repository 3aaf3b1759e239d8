import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * `下面，我简要介绍一下2022年上半年知识产权相关工作情况。`: a press conference's transcript whose speaker
 * announces the span of the work or figures they introduce (`介绍`, `通报`, either script): a year,
 * its half, its first three quarters, a quarter or its months from January, then words to `情况`.
 * That span is the text's period when nothing else states one. Near-misses (no year from the
 * rule): a start (`2022年以来`), a month alone (`2022年6月`, left to other readers), `介绍了有关情况`
 * before the year, a holiday named in the words (`通报2022年“五一”假期总体情况`). Written for the rule (a national
 * 知识产权 press conference of the formerly held-out sets 98–105); every text here is invented.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;
const page = (sentence: string) =>
  `谢谢主持人。各位媒体朋友，大家下午好！首先，感谢大家对统计工作的关心和支持。今年以来，面对复杂的外部环境，全省坚持稳中求进，出台了一系列政策措施，取得积极成效。${sentence}\n（一）主要统计数据\n专利方面：我省发明专利授权3.9万件，实用新型专利授权14.7万件。`;

describe("the span a speaker introduces", () => {
  test.each([
    [
      "a half year",
      "下面，我简要介绍一下2022年上半年全省知识产权相关工作情况。",
      { kind: "range", start: "2022-01-01", end: "2022-06-30" },
    ],
    [
      "traditional characters",
      "下面，我簡要介紹一下2022年上半年全省知識產權相關工作情況。",
      { kind: "range", start: "2022-01-01", end: "2022-06-30" },
    ],
    [
      "three quarters",
      "现在我通报2023年前三季度全省经济运行情况。",
      { kind: "range", start: "2023-01-01", end: "2023-09-30" },
    ],
    ["a year", "下面，我介绍一下2021年全省知识产权工作情况。", { kind: "year", year: 2021 }],
  ])("%s", (_, sentence, span) => {
    expect(period(page(sentence))).toEqual(span);
  });

  test.each([
    ["a start", "下面，我介绍一下2022年以来全省知识产权工作情况。"],
    ["a month", "下面，我介绍一下2022年6月全省知识产权工作情况。"],
    ["the year after 情况", "下面，我介绍一下有关情况，2022年全省工作稳中有进。"],
    ["a holiday in the words", "今天，省文旅厅通报2022年“五一”假期总体情况，全省市场秩序井然。"],
  ])("near-miss: %s gives not the year", (_, sentence) => {
    expect(period(page(sentence))).not.toEqual({ kind: "year", year: 2022 });
  });
});
