import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { withoutRepeatedOpening } from "../src/internal/doubled-title";

/**
 * A title a copy printed twice and ran together (the page's title, then the headline, perhaps
 * shorter): said once, the first. A title whose end shares only a few characters with its opening,
 * or whose second half differs, is kept as printed. Every text here is written for the test.
 */

describe("a title that ends with its own opening", () => {
  test.each([
    [
      "2024年上半年某镇政府工作总结工作总结2024年上半年某镇政府工作总结",
      "2024年上半年某镇政府工作总结工作总结",
    ],
    ["2024年上半年某镇政府工作总结2024年上半年某镇政府工作总结", "2024年上半年某镇政府工作总结"],
    ["某县2023年国民经济统计公报 某县2023年国民经济", "某县2023年国民经济统计公报"],
    // Near-misses: kept as printed.
    [
      "2024年上半年某镇工作总结及2024年下半年某镇工作计划",
      "2024年上半年某镇工作总结及2024年下半年某镇工作计划",
    ],
    ["某县某县人民政府工作报告某县某县", "某县某县人民政府工作报告某县某县"],
    ["某市12345热线运行情况通报", "某市12345热线运行情况通报"],
  ])("`%s` → `%s`", (title, expected) => {
    expect(withoutRepeatedOpening(title)).toBe(expected);
  });

  test("a run-together first line: the title said once", () => {
    const text =
      "2024年上半年某镇政府工作总结工作总结 2024年上半年某镇政府工作总结今年以来，镇党委政府认真落实区委部署，各项工作稳步推进。\n一、经济运行稳中有进\n上半年，全镇完成地区生产总值12.5亿元，同比增长6.1%。";
    expect(parseBulletinText(text).bulletin.publication.title).toBe(
      "2024年上半年某镇政府工作总结工作总结",
    );
  });
});
