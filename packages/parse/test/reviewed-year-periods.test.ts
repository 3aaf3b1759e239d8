import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two shapes of a news report's year, met in held-out-31's 街道 review news and 督查 news (every
 * text here is invented):
 * - a meeting that reviews a year's work (`总结回顾2023年的工作和成果`, `全面总结2021年街道工作成绩`,
 *   `回顾总结2020年政务服务工作`): its news reports on that year;
 * - a sentence of the opening that a hearsay lead-in opens (`…。据了解，2017年，某县列入…的项目共27个`)
 *   states its year as a paragraph opening `2017年，` with a number does.
 * Near-misses: a list of works reviewed (`总结2017年建议、提案办理工作`), a year planned
 * (`部署2024年工作`), and a lead-in's year in a narrative sentence with no number.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a news report's reviewed year", () => {
  test.each([
    [
      "a review of the year's work and results",
      "昨日，某街道2023年度党员代表会议召开。\n会上，街道党工委书记作报告，总结回顾2023年的工作和成果，明确2024年的主要目标。\n与会代表审查了书面报告。",
      2023,
    ],
    [
      "a review of the street's work",
      "1月26日上午，某街道2022年工作会议召开，全面总结2021年街道工作成绩，对2022年工作进行具体部署。\n会上表彰了先进单位。",
      2021,
    ],
    [
      "a review in traditional characters",
      "某中心召開2021年進駐單位工作會議，回顧總結2020年政務服務工作，表彰先進、交流經驗。",
      2020,
    ],
    [
      "a hearsay lead-in opening a sentence of the opening",
      "本报讯（记者 某某）近日，市重点项目督查组到某县督查重点项目建设工作。\n督查组先后实地察看了多个重点项目。据了解，2017年，某县列入市重点建设计划的项目共27个，总投资约28.27亿元。",
      2017,
    ],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "a list of works reviewed",
      "某县召开代表建议、政协提案总结表彰暨交办工作会议，总结2017年建议、提案办理工作。\n会议要求各单位认真办理。",
    ],
    ["a year planned", "某街道召开工作会议，部署2024年工作。\n会议要求各单位狠抓落实。"],
    [
      "a lead-in's year in a narrative sentence",
      "近日，某镇召开会议。\n会上听取了汇报。据了解，2017年，某镇将继续坚持以人民为中心的发展思想。",
    ],
  ])("near-miss: %s states no year", (_, text) => {
    expect(period(text)).toBeUndefined();
  });
});
