import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A speaker's review of a year's work in a meeting's news (`对2020年执行工作进行回顾总结`), met in
 * held-out-7x's court news: the news reports on that year. Every text here is invented.
 * Near-misses: a plan (`对2021年工作进行部署`), a list of works (`对2020年建议、提案工作进行总结`).
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a speaker's review of a year", () => {
  test.each([
    [
      "回顾总结",
      "2月9日，某法院举行案款兑付活动。\n会上，执行局局长对2020年执行工作进行回顾总结：过去一年，共受理执行案件1574件。\n活动在欢快的气氛中结束。",
      2020,
    ],
    [
      "进行了总结, a 年度",
      "1月5日，某镇召开干部大会。\n镇党委书记对2022年度全镇工作进行了总结，并部署了新一年任务。",
      2022,
    ],
    [
      "traditional characters",
      "2月3日，某局召開年度大會。\n局長對2021年政務服務工作進行回顧總結，表彰先進。",
      2021,
    ],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });

  test.each([
    ["a plan", "1月5日，某镇召开干部大会。\n镇党委书记对2021年工作进行部署，要求各部门狠抓落实。"],
    [
      "a list of works",
      "某县召开会议，对2020年建议、提案办理工作进行总结。\n会议要求各单位认真办理。",
    ],
  ])("near-miss: %s states no year", (_, text) => {
    expect(period(text)).toBeUndefined();
  });
});
