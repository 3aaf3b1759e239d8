import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * Average years of schooling (`平均受教育年限达10.2年`) are a measure in 年, as a life expectancy is one
 * in 岁: read as a figure after `受教育年限` and its verb. Elsewhere a number of 年 is a span or a year
 * and stays text. Lines from tuning texts (a national 教育 statistics copy and a Tibet 教育 decade
 * review, both in traditional characters; a 凭祥 外贸 item).
 */

describe("average years of schooling are a figure in 年", () => {
  test.each([
    ["勞動年齡人口平均受教育年限達10.2年。", ["勞動年齡人口平均受教育年限=10.2年"]],
    ["新增勞動力平均受教育年限達14年。分層級看，", ["新增勞動力平均受教育年限=14年"]],
    ["人均受教育年限提高到9.5年。", ["人均受教育年限提高到=9.5年"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("other numbers of 年 stay text (near misses)", () => {
  test.each([
    // A span, not a measure.
    ["广西凭祥外贸进出口总额连续16年保持中国沿边县域第一。", []],
    ["20年来，12345热线累计受理来电。", []],
    // A change of the measure names no level.
    ["平均受教育年限提高0.3年。", []],
    // A year after those words is no number of years.
    ["平均受教育年限为2022年统计口径。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
