import { parseBulletinText } from "@bulletin/parse";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Units made of a count and what it is counted over (issue 14, formerly held-out-7 and -8):
 * rounds (`77.8万辆次`, `27家次`: a count in which each visit or trip counts once), work over a
 * distance (`1410亿人公里`, `4525億噸公里`, `吨·公里`: transport's turnover) and containers
 * counted in twenty-foot units (`2908万标箱`, `标准箱`). Simplified and traditional forms; the
 * value is the one the count alone gives. Examples written for the rules.
 */

describe("compound units", () => {
  test.each([
    ["共出动消防车77.8万辆次。", ["出动消防车=778000辆次"]],
    ["排查餐饮场所27家次。", ["排查餐饮场所=27家次"]],
    ["检查项目45项次，发现隐患12处。", ["检查项目=45项次", "发现隐患=12处"]],
    ["港口吞吐量1.2億噸次。", ["港口吞吐量=120000000吨次"]],
    ["出动執法車輛320輛次。", ["出动執法車輛=320辆次"]],
    ["旅客周转量1410亿人公里。", ["旅客周转量=141000000000人公里"]],
    ["貨物周轉量4525億噸公里。", ["貨物周轉量=452500000000吨公里"]],
    ["货物周转量3.2亿吨·公里。", ["货物周转量=320000000吨公里"]],
    ["客运周转量56万人千米。", ["客运周转量=560000人千米"]],
    ["完成集装箱吞吐量2908万标箱。", ["完成集装箱吞吐量=29080000标箱"]],
    ["集裝箱吞吐量1.9億標準箱。", ["集裝箱吞吐量=190000000标准箱"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // 次日, 次月: the next day, not rounds.
    ["受理投诉3家，次日办结。", ["受理投诉=3家"]],
    // 本次, 名次: words, not counts in rounds.
    ["发放手册200本，本次活动结束。", ["发放手册=200本"]],
    // A person and then 公里 of something else is no product without the two side by side.
    ["参加徒步120人，全程5公里。", ["参加徒步=120人", "全程=5公里"]],
  ])("a count before words that make no compound unit is read alone: %s", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("the unit as printed in traditional characters is noted where the model writes it simplified", () => {
    const { warnings } = parseBulletinText("一、工作动态\n貨物周轉量4525億噸公里。");
    expect(warnings.filter((w) => w.code === "unit-normalised")).toHaveLength(1);
  });

  test("property: a compound unit keeps the value the count alone gives", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom("", "万", "亿"),
        fc.constantFrom(
          ["辆", "次"],
          ["家", "次"],
          ["吨", "公里"],
          ["人", "公里"],
          ["噸", "公里"],
          ["吨", "·公里"],
        ),
        (n, scale, [unit, rest]) => {
          const alone = parseBulletinText(`一、工作动态\n完成数量${n}${scale}${unit}。`).bulletin
            .metrics[0];
          const compound = parseBulletinText(`一、工作动态\n完成数量${n}${scale}${unit}${rest}。`)
            .bulletin.metrics[0];
          expect(compound?.value).toBe(alone?.value);
          expect(compound?.unit).toBe(`${alone?.unit}${rest.replace("·", "")}`);
        },
      ),
      { numRuns: 80 },
    );
  });
});
