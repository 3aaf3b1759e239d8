import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Parts per million (`由300 ppm降至50ppm`, an emission standard as air-quality pages print it, a
 * space before the symbol or none) and data traffic in a small-b `Gb` (`移动互联网流量22亿Gb`, as a
 * telecom report prints it): figures in the unit as printed, as `TB` and `μg/m3` are. A symbol that
 * runs on into a longer one (`100Gbps`, `5ppmv`) stays text. Written for session 43's tuning misses
 * (taipei-air-2020-fivingue-trad, yunnan-telecom-2019h1-jjrbnet); the lines are theirs, cut short.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("figures in ppm and Gb", () => {
  test.each([
    ["公告加嚴鍋爐硫氧化物排放標準(由300 ppm降至50ppm),汰除高污染重油鍋爐。", ["300ppm", "50ppm"]],
    [
      "上半年，全省移动互联网流量22亿Gb；物联网终端接入流量1821.7万Gb。",
      ["2200000000Gb", "18217000Gb"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A longer symbol the short one opens stays text.
    ["骨干网出口带宽达到100Gbps。"],
    ["监测浓度为5ppmv。"],
  ])("%s holds no figure", (body) => {
    expect(figures(body)).toEqual([]);
  });
});
