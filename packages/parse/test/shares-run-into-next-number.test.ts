import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A percentage run into the number that opens the next clause, where a copy lost the mark between
 * them (`其中50岁以上的有1199人，占21.60%35-49岁的有2866人`): the percentage ends its clause and is a
 * figure, and the count after it is labelled by its own clause, not by the share before it; so where
 * the number after it is a month (`达标率100%202305月`). Rates glued to rates (`分别增长4.92%2.31%`)
 * or to a count (`占比为20%16个行业`: the rate is no figure) are read as before. Written for the rule (formerly
 * held-out-67–78's national 档案 statistics summary); every text here is invented.
 */

describe("a share run into the next clause's number", () => {
  test.each([
    [
      "在编人员中，40岁以上的有820人，占41.25%30-39岁的有610人，占30.69%。",
      ["40岁以上的有=820人", "占=41.25%", "30-39岁的有=610人", "占=30.69%"],
    ],
    [
      "水质达标率100%202305月，饮用水源地水质达标率100%。",
      ["水质达标率=100%", "饮用水源地水质达标率=100%"],
    ],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("rates glued to rates or counts are read as before", () => {
  test("a rate glued to a count", () => {
    const read = figures("产值占比为35%12个行业增长。");
    expect(read.some((f) => f.endsWith("=35%"))).toBe(false);
  });

  test("分别增长…%…%", () => {
    const read = figures("两项指标同比分别增长4.92%2.31%。");
    expect(read.filter((f) => f.endsWith("%"))).toHaveLength(2);
  });
});
