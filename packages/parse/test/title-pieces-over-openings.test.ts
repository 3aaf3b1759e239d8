import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page whose title is printed again over the report, broken over two lines (`2022年区政府工作报告目标
 * 任务` / `半年完成情况` under `2022年区政府工作报告目标任务半年完成情况`): the pieces are the title's, and
 * the report's opening (`2022年上半年，实现地区生产总值…`) starts under them, so its span is read, not the
 * title piece's bare year. Cut from `wanzhou-gov-report-2022h1` (tuning); near miss: the same lines
 * under a title they are no piece of stay the opening.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const BODY =
  "2022年上半年，实现地区生产总值513.8亿元，同比增长2.8%。完成固定资产投资111.1亿元，同比增长7.1%。";

describe("the title printed again over the opening, broken over lines", () => {
  test.each([
    {
      what: "pieces of the title over the opening: the opening's half year",
      text: `2022年区政府工作报告目标任务半年完成情况\n日期:2022-07-28 来源:万州区政府办公室\n2022年区政府工作报告目标任务\n半年完成情况\n${BODY}`,
      period: { kind: "range", start: "2022-01-01", end: "2022-06-30" },
    },
    {
      what: "the same lines under another title: the first line's year",
      text: `区政府工作报告目标任务完成情况\n日期:2022-07-28 来源:某区政府办公室\n2022年区政府工作报告目标任务\n半年完成情况\n${BODY}`,
      period: { kind: "year", year: 2022 },
    },
  ])("parseBulletinText: $what", ({ text, period }) => {
    expect(periodOf(text)).toEqual(period);
  });
});
