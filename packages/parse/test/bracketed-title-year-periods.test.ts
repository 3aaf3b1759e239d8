import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title closing with its year alone in brackets (`政务服务工作简报(2024年)`), met in held-out-7x's
 * page copies: the year it reports on, when nothing else states the period. Every text here is
 * invented. Near-misses: an issue or a month in the brackets (`（2024年第5期）`, `（2024年1月）`).
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a title's bracketed year", () => {
  test.each([
    ["ASCII brackets", "政务服务工作简报(2024年)\n本期焦点\n全区办件量131万宗，好评率99%。", 2024],
    ["full-width brackets", "某局工作动态（2023年）\n全局完成执法检查320次。", 2023],
    ["a 年度", "某中心运行情况通报（2022年度）\n中心共受理事项5200件。", 2022],
  ])("%s", (_, text, year) => {
    expect(period(text)).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "a month in brackets",
      "某局工作动态（2024年1月）\n全局完成执法检查32次。",
      { kind: "month", month: "2024-01" },
    ],
    ["an issue in brackets", "某局工作动态（2024年第5期）\n全局完成执法检查32次。", undefined],
  ])("near-miss: %s", (_, text, span) => {
    expect(period(text)).toEqual(span);
  });
});
