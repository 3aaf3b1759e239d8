import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Two quarters of a year listed one after the other, as a half-year's report names its span:
 * `2023年第三、四季度，某市市场监督管理局组织开展了…抽查`, `2020年二、三季度`. The span runs from the
 * first quarter's first month to the second's last. Every text here is written for the test.
 */

const period = (opening: string) =>
  parseBulletinText(
    `${opening}\n\n本次共抽查产品94批次，抽样合格率99%。\n\n流通领域抽查7批次，合格率100%。`,
  ).bulletin.issue.period;

describe("two quarters listed after a year", () => {
  test.each([
    [
      "2023年第三、四季度，某市市场监督管理局组织开展了市级质量监督抽查，现将情况通报如下：",
      "2023-07-01",
      "2023-12-31",
    ],
    ["2020年二、三季度，某区12333热线共受理咨询1.2万件。", "2020-04-01", "2020-09-30"],
    ["某县2019年第一、第二季度困难群众救助资金发放情况", "2019-01-01", "2019-06-30"],
    ["2022年1、2季度，全省共办理结婚登记21.3万对。", "2022-01-01", "2022-06-30"],
  ])("parseBulletinText: `%s` covers %s to %s", (opening, start, end) => {
    expect(period(opening)).toEqual({ kind: "range", start, end });
  });

  test.each([
    // Two quarters not one after the other: no span of both.
    ["2023年第一、三季度，某市组织开展了两次市级质量监督抽查。", "2023-01-01", "2023-09-30"],
    // In the wrong order.
    ["2023年第四、三季度，某市组织开展了两次市级质量监督抽查。", "2023-07-01", "2023-12-31"],
  ])("parseBulletinText: `%s` is not read as %s to %s (counter-case)", (opening, start, end) => {
    expect(period(opening)).not.toEqual({ kind: "range", start, end });
  });
});
