import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A growth speed or size stated below zero with its sign (`增速为-3.2%`, `增速分别为-3.2%、-4.2%`,
 * `增幅為－1.5%`) and `比增-4.8%` (比上年增长 cut short, as county releases print it): the rate read
 * with its sign. A minus that joins two numbers (`增速1-5月`, `比增1-2个百分点`) is no sign. Every text
 * is written for the test (session 29's s29d, from held-out-106 … -113's economy releases).
 */

const rates = (body: string): number[] =>
  parseBulletinText(`一、经济运行\n${body}`)
    .bulletin.metrics.filter((m) => m.unit === "%")
    .map((m) => m.value);

describe("a growth rate below zero", () => {
  test.each([
    ["甲县、乙县均下降，增速分别为-2.5%、-6.1%和-8.0%。", [-2.5, -6.1, -8.0]],
    ["全区规上工业增加值增速为-1.3%。", [-1.3]],
    ["建築業增加值增幅為－1.5%。", [-1.5]],
    ["其中国税完成3.2亿元，比增-4.8%，地税完成6.5亿元，比增12.4%。", [-4.8, 12.4]],
  ])("%s → %j", (body, expected) => {
    expect(rates(body)).toEqual(expected);
  });

  test.each([["全市GDP增速1-5月保持在6.5%左右。"], ["增速比增1-2个百分点。"]])(
    "a minus joining numbers is no sign: %s",
    (body) => {
      expect(rates(body).every((v) => v >= 0)).toBe(true);
    },
  );
});
