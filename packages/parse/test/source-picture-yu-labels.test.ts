import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A line crediting the text's source and its picture's with 于 for the labels' colons
 * (`源于四川在线/图源于百度图库`) names the source as `源四川在线/图百度图库` and `来源:四川在线/图片:百度图库`
 * do, without the 于 (`liangshan-vehicle-admin-2013`, formerly `held-out-228`, read `于四川在线`).
 */

const publisherOf = (credit: string) =>
  mastheadFacts(
    `机动车检测工作再上新台阶\n2013年,支队检测中心共检测车辆73186台/次,同比增长12.5%。\n刘洁 本报记者 米赢\n${credit}`,
  ).publisher;

describe("a source-and-picture credit with 于 for its colons", () => {
  test.each([
    "源于四川在线/图源于百度图库",
    "源四川在线/图百度图库",
    "来源:四川在线/图片:百度图库",
  ])("`%s` names 四川在线", (credit) => {
    expect(publisherOf(credit)).toBe("四川在线");
  });
});
