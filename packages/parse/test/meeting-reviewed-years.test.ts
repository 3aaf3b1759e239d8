import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { meetingReviewedYear } from "../src/internal/meeting-reviewed-year";

/**
 * A work meeting named with its year (`2026年全省商务工作会议`) whose news says it reviewed the year
 * before (`总结2025年工作`, `回顾总结了2019年…办理情况`): the news reports on the reviewed year, not
 * on the year the meeting is named with. Every text here is written for the test.
 */

const period = (head: string, opening: string) =>
  parseBulletinText(
    `${head}${opening}\n\n全年共承办建议126件、提案98件，办结率100%。\n\n代表委员满意率达98.6%，同比提高1.2个百分点。`,
  ).bulletin.issue.period;

describe("the year a work meeting named with the next year reviewed", () => {
  test.each([
    [
      "",
      "1月16日，2026年全省商务工作会议在某市召开，总结2025年工作，研究部署2026年工作任务。",
      2025,
    ],
    [
      "某县召开2020年县政府系统建议提案办理工作会议\n\n",
      "4月21日，某县召开2020年县政府系统建议提案办理工作会议。会上，回顾总结了2019年建议提案办理情况。",
      2019,
    ],
    ["", "1月8日，2022年全市政務服務工作會議召開，回顧總結2021年政務服務工作。", 2021],
  ])("parseBulletinText: `%s%s` reports on %i", (head, opening, year) => {
    expect(period(head, opening)).toEqual({ kind: "year", year });
  });

  test.each([
    // A review of part of the year before, or of the years since.
    "1月16日，2026年全省商务工作会议在某市召开，总结2025年上半年工作。",
    "1月16日，2026年全省商务工作会议在某市召开，回顾2016年以来的工作。",
    // A review of the meeting's own year.
    "12月20日，2025年全省商务工作总结会议召开，总结2025年工作。",
    // No meeting named with the year.
    "1月16日，全省商务工作推进会召开，总结2025年工作。",
  ])("meetingReviewedYear: `%s` keeps the year 2026 or 2025 read (counter-case)", (opening) => {
    for (const year of [2025, 2026]) {
      expect(meetingReviewedYear({ kind: "year", year }, [], [opening])).toEqual({
        kind: "year",
        year,
      });
    }
  });

  test("meetingReviewedYear: a period other than a year is kept", () => {
    const months = { kind: "range", start: "2026-01-01", end: "2026-03-31" } as const;
    const opening = ["2026年全省商务工作会议召开，总结2025年工作。"];
    expect(meetingReviewedYear(months, [], opening)).toBe(months);
  });
});
