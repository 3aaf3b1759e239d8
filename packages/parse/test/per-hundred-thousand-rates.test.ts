import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Rates per hundred thousand, as health plans and statistics bulletins print them (batch s14g, a
 * county 卫生 plan: `孕产妇死亡率19.37/10万`, `传染病报告发病率570.74/10万`): a number followed by
 * `/10万` (or `／10万`) is a figure in the unit `/10万`, the way `7.2‰` is one in `‰`. A fraction
 * (`3/10`) and a number over another count (`1/100万`) are none. Every text here is written for the
 * test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("rates per hundred thousand", () => {
  test.each([
    ["2006—2010年，孕产妇死亡率19.37/10万，婴儿死亡率7.2‰。", ["19.37/10万", "7.2‰"]],
    ["法定甲、乙类传染病报告发病率570.74/10万。", ["570.74/10万"]],
    ["全市孕产妇死亡率为12.5/10万，同比下降2.1%。", ["12.5/10万"]],
    ["肺结核报告发病率38／10万。", ["38/10万"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("keeps the change after a rate as its comparison", () => {
    const [metric] = parseBulletinText("一、情况\n全市孕产妇死亡率为12.5/10万，同比下降2.1%。")
      .bulletin.metrics;
    expect(metric?.comparison).toMatchObject({ basis: "yoy", change: -2.1 });
  });

  test.each([
    // A fraction, a rate over another count, and a number over 10 with no 万: no `/10万` figure.
    ["完成进度达到3/10。"],
    ["抽检比例为1/100万。"],
    ["按1/10比例抽取样本。"],
  ])("%s holds no figure in /10万", (body) => {
    expect(figures(body).filter((f) => f.endsWith("/10万"))).toEqual([]);
  });
});
