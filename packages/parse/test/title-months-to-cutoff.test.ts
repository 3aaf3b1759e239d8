import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A title's span of months without its year (`某局1-9月投诉举报情况分析`) that the opening dates by where
 * its counts stop (`截止2018年9月底，共受理…`), met in held-out-7x's 12315 reports: those months of the
 * cutoff's year. Every text here is invented. Near-misses: a cutoff at another month, at a day, a
 * title printing one month.
 */

const period = (text: string) => parseBulletinText(text).bulletin.issue.period;

describe("a yearless title span dated by the opening's cutoff", () => {
  test.each([
    [
      "截止…底",
      "某区市场监管局1-9月投诉举报情况分析\n一、受理情况\n截止2018年9月底，共受理投诉举报5600件，其中投诉4000件。",
      ["2018-01-01", "2018-09-30"],
    ],
    [
      "截至…末, 至 in the title",
      "某县1至6月份项目建设情况\n截至2021年6月末，全县重点项目完成投资42亿元，占年度计划的55%。",
      ["2021-01-01", "2021-06-30"],
    ],
  ])("%s", (_, text, [start, end]) => {
    expect(period(text)).toEqual({ kind: "range", start, end });
  });

  test.each([
    [
      "a cutoff at another month",
      "某区市场监管局1-9月投诉举报情况分析\n一、受理情况\n截止2018年8月底，共受理投诉举报5600件，其中投诉4000件。",
    ],
    [
      "a cutoff at a day",
      "某区市场监管局1-9月投诉举报情况分析\n一、受理情况\n截止2018年9月15日，共受理投诉举报5600件，其中投诉4000件。",
    ],
  ])("near-miss: %s gives no span of 1-9月", (_, text) => {
    const p = period(text);
    expect(p?.kind === "range" && p.start.endsWith("-01-01") && p.end.endsWith("-09-30")).toBe(
      false,
    );
  });
});
