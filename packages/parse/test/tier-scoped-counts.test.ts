import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A count whose clause opens with the tiers of places it is counted over (`区、乡(镇)、村三级198支应急抢险
 * 队伍应急备勤`, `省市县三级1200个服务窗口…`, `县乡两级56个便民服务中心…`): like a count after `全区` it opens
 * its clause and is what the text reports, under any heading. A tier that names no places (`达到三级`)
 * opens nothing. Every text here is written for the test.
 */

const figuresOf = (paragraph: string): string[] => {
  const text = `我区元旦期间安全生产形势稳定\n提前研判强防范。区安办组织召开专题研判会议。\n严格值守强保障。${paragraph}`;
  return parseBulletinText(text).bulletin.metrics.map((m) => `${m.value}${m.unit}`);
};

describe("a count after the tiers of places it is counted over", () => {
  test.each([
    [
      "district, town (in brackets) and village",
      "区、乡(镇)、村三级198支应急抢险队伍应急备勤,确保突发事件及时妥善处置。",
      "198支",
    ],
    [
      "province, city and county without marks",
      "全省省市县三级1200个服务窗口全部开通,实现一窗受理。",
      "1200个",
    ],
    ["two tiers", "县乡两级56个便民服务中心实现全覆盖,群众办事更加便捷。", "56个"],
  ])("%s", (_, paragraph, figure) => {
    expect(figuresOf(paragraph)).toContain(figure);
  });

  test.each([
    ["a grade reached, no places", "该站点安全等级达到三级12个指标要求的标准,运行平稳。", "12个"],
  ])("%s: the count stays text", (_, paragraph, figure) => {
    expect(figuresOf(paragraph)).not.toContain(figure);
  });
});
