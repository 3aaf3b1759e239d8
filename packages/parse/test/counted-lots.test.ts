import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Lots counted with their measure word (`共抽检了402个批次的产品，合格372个批次`, `641個批次` in a
 * traditional copy), as product spot-check reports print them: one unit, `个批次`, not a count in 个
 * with `批次` left over as text; `批次` alone stays its own unit. Written for session 43's tuning misses
 * (naiman-product-spotcheck-1-9-315online, jiaozuo-product-quality-2011q3-jzrb); the lines are
 * theirs, cut short.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、抽查情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("lots counted as 个批次", () => {
  test.each([
    [
      "共抽检了402个批次的产品，合格372个批次，不合格30个批次，批次合格率为92.54%。",
      ["402个批次", "372个批次", "30个批次", "92.54%"],
    ],
    ["通用机械等164个批次的产品接受了检查。", ["164个批次"]],
    ["檢驗合格641個批次，不合格59個批次。", ["641个批次", "59个批次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // 批次 alone is its own unit.
    ["本期抽检食品120批次，合格118批次。", ["120批次", "118批次"]],
    // 个 before another word than 批次 counts in 个.
    ["全县建成15个批发市场。", ["15个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
