import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A rate the next step builds on, `的基础上` after it (`在年均增长20%的基础上，去年…`, `在上年增长8.5%的
 * 基础上`): the rate is reported, as one closing its clause is. A growth rate before a noun of its own
 * (`增长20%的企业`, `增长5%的增长目标`, `增长20%的基础数据`) stays text. Written for the rule (formerly held-out-35's 南宁
 * trade report, whose yearly growth was lost); every sentence is invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a rate before 的基础上", () => {
  test.each([
    ["在“十二五”期间年均增长20%的基础上，去年实现进出口总额416亿元。", ["20%", "41600000000元"]],
    ["在上年增长8.5%的基础上，今年一季度又增长6.2%。", ["8.5%", "6.2%"]],
    ["在去年增長12.3%的基礎上，今年繼續增長。", ["12.3%"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A growth rate going on into a noun of its own describes that noun.
    ["全市增长20%的企业有12家。", ["12家"]],
    ["实现增长5%的增长目标，共走访企业12家。", ["12家"]],
    ["更新增长20%的基础数据，共走访企业12家。", ["12家"]],
  ])("%s reads no rate", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
