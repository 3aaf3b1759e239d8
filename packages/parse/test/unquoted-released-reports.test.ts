import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy that opens by quoting a yearly notice or report named without `《》`
 * (`某局发布的关于2022年全市…情况的通告显示，…`) reports that notice's year. A notice of work
 * (`…的通知`), a span inside the name or a name running past a comma state none here. Every text
 * here is written for the test.
 */

describe("a released report named without quotes", () => {
  test.each([
    [
      "某市市场监督管理局发布的关于2022年市本级食品安全抽检情况的通告显示，全年共抽检食品5120批次，合格率98.9%。",
      2022,
    ],
    ["某省統計局公布的關於2019年全省人口變動情況的報告指出，全省常住人口4250萬人。", 2019],
    ["某县卫健委发布关于2021年全县居民健康状况的公报称，全县人均预期寿命78.2岁。", 2021],
  ])("`%s` states %i", (text, year) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period).toEqual({ kind: "year", year });
  });

  test.each([
    [
      "a notice of work",
      "某局发布关于2022年全市食品安全抽检工作的通知显示，全市将抽检食品5120批次。",
    ],
    ["a span of months", "某局发布关于2022年1-6月全市食品抽检情况的通告显示，共抽检食品5120批次。"],
    ["a name past a comma", "某局发布关于2022年，全市食品抽检情况的通告显示，共抽检食品5120批次。"],
  ])("%s states no year", (_, text) => {
    const { period } = parseBulletinText(text).bulletin.issue;
    expect(period?.kind === "year").toBe(false);
  });
});
