import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title that opens with a bare year and then a count of what it covers
 * (`2024年349个城市12345热线运行质量监测报告`, `2023年120个县（市）政务服务满意度调查报告`): the report is of that
 * year, as `2024年全国…报告` is, though the body dates its fieldwork (`于2024年4-6月对…进行监测`).
 * A year followed by its months (`2024年1-6月…`, `2024年12月…`) or a quarter keeps its old
 * reading. Every text here is written for the test.
 */

/** The body restates the title's count, as such reports do (a headline's figure said again). */
const report = (title: string, count: string) =>
  `${title}\n\n为了解各地运行质量，某评估机构于2024年4-6月对${count}进行监测，覆盖电话端和互联网端两个渠道。\n\n一、总体表现\n\n总体得分为86.45分，服务响应指标得分为92.03分。`;

const period = (title: string, count = "349个城市") =>
  parseBulletinText(report(title, count)).bulletin.issue.period;

describe("a title opening with its year and a count", () => {
  test.each([
    ["2024年349个城市12345热线运行质量监测报告", "349个城市", 2024],
    ["2023年120个县（市）政务服务满意度调查报告", "120个县（市）", 2023],
    ["2022年36个重点城市12345热线服务质量评估报告", "36个重点城市", 2022],
  ])("`%s` reports on its year", (title, count, year) => {
    expect(period(title, count)).toEqual({ kind: "year", year });
  });

  test.each([
    ["months after the year", "2024年1-6月349个城市12345热线运行质量监测报告"],
    ["a month after the year", "2024年12月349个城市12345热线运行质量监测报告"],
    ["a quarter after the year", "2024年2季度349个城市12345热线运行质量监测报告"],
  ])("%s: not the whole year", (_, title) => {
    expect(period(title)?.kind).not.toBe("year");
  });
});
